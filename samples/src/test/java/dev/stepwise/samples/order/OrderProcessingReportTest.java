package dev.stepwise.samples.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.samples.batch.BatchImport;
import dev.stepwise.samples.batch.BatchImportWorkflow;
import dev.stepwise.testsupport.Browser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Execution reports of OrderProcessing: one run whose validation is throttled twice and retried, one whose card
 * is declined (charge retried, the Parallel's failure caught, the order rejected). The reports are kept under
 * target/reports and looked at in Chromium (screenshots under target/screenshots).
 */
class OrderProcessingReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPORTS = Path.of("target/reports");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static Path retried;
    private static Path failed;
    private static Path tolerated;

    @BeforeAll
    static void runAndReport() throws IOException {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler("arn:aws:states:::sqs:sendMessage", (input, context) -> JSON.readTree("{\"MessageId\": \"m-1\"}"))
                .handler("arn:aws:states:::sns:publish", (input, context) -> JSON.readTree("{\"MessageId\": \"m-2\"}"))
                .handler("arn:aws:states:::dynamodb:putItem", (input, context) -> JSON.readTree("{}"))
                .build();
        OrderProcessing throttledTwice = new OrderProcessing() {
            private int calls;

            @Override
            Validation validate(Order order) throws InvalidOrder {
                if (++calls <= 2) {
                    throw new StatesError("Lambda.TooManyRequestsException", "Rate exceeded");
                }
                return super.validate(order);
            }
        };
        Execution ok = runtime.start(OrderProcessingWorkflow.bind(throttledTwice), input("o-1"));
        assertThat(ok.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        retried = ok.report(REPORTS.resolve("order-retried.html"));

        LocalRuntime declining = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("charge", (input, context) -> {
                    throw new StatesError("CardDeclined", "insufficient funds");
                })
                .handler("arn:aws:states:::dynamodb:putItem", (input, context) -> JSON.readTree("{}"))
                .build();
        Execution declined = declining.start(OrderProcessingWorkflow.bind(new OrderProcessing()), input("o-2"));
        assertThat(declined.status()).isEqualTo(ExecutionStatus.FAILED);
        failed = declined.report(REPORTS.resolve("order-failed.html"));

        // a Map of 20 records, the 8th unparseable and tolerated: iterations as lanes side by side
        LocalRuntime storing = LocalRuntime.builder().clock(Clocks.virtual())
                .handler("arn:aws:states:::dynamodb:putItem", (input, context) -> JSON.createObjectNode())
                .build();
        var records = JSON.createArrayNode();
        for (int i = 0; i < 20; i++) {
            records.addObject().put("key", i == 7 ? " " : "ROW-" + i).put("payload", "p" + i);
        }
        Execution batch = storing.start(BatchImportWorkflow.bind(new BatchImport()),
                JSON.createObjectNode().set("records", records));
        assertThat(batch.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        tolerated = batch.report(REPORTS.resolve("batch-tolerated.html"));
    }

    @Test
    void aReportIsOneFileWithTheGraphTheHistoryAndTheScript() throws IOException {
        String html = Files.readString(failed);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "data-state=\"charge\"",
                "\"type\":\"ParallelStateFailed\"", "StepwiseReport.mount", "OrderRejected");
        // self-contained: nothing is linked or fetched
        assertThat(html).doesNotContain("<link", "src=\"http", "href=\"http", "@import", "url(http");
    }

    @Test
    void inChromiumEachStateShowsWhatHappenedAndAClickShowsItsDetails() throws Exception {
        Browser browser = Browser.require();
        Files.createDirectories(SHOTS);
        Path script = Path.of("target/test-classes/browser/report-check.js");
        JsonNode result = JSON.readTree(browser.run(script, Duration.ofSeconds(120), SHOTS.toString(),
                retried + ":validate", failed + ":charge,fulfil,reject,Notify customer"));
        assertThat(result.get("requests")).as("network requests").isEmpty();

        JsonNode ok = result.at("/reports/order-retried");
        assertThat(ok.get("errors")).isEmpty();
        Map<String, String> okStates = statuses(ok);
        assertThat(okStates).containsEntry("validate", "retried").containsEntry("route", "succeeded")
                .containsEntry("fulfil", "succeeded").containsEntry("charge", "succeeded")
                .containsEntry("done", "succeeded").containsEntry("review", "not-reached")
                .containsEntry("reject", "not-reached");
        assertThat(state(ok, "validate").get("badge").asText()).isEqualTo("↻ 2×");
        assertThat(state(ok, "validate").get("fill").asText()).isEqualTo("rgb(255, 249, 219)");
        assertThat(ok.at("/details/validate/status").asText()).isEqualTo("retried");
        assertThat(ok.at("/details/validate/text").asText()).contains("retried 2 times", "INPUT", "OUTPUT",
                "\"total\"");
        assertThat(ok.get("rows").asInt()).isGreaterThan(20);
        List<String> lanes = ok.get("lanes").findValuesAsText("label");
        assertThat(lanes).containsExactly("Execution", "fulfil · branch 1", "fulfil · branch 2");

        JsonNode bad = result.at("/reports/order-failed");
        assertThat(bad.get("errors")).isEmpty();
        Map<String, String> badStates = statuses(bad);
        assertThat(badStates).containsEntry("validate", "succeeded").containsEntry("fulfil", "caught")
                .containsEntry("charge", "failed").containsEntry("reject", "failed")
                .containsEntry("Notify customer", "not-reached");
        assertThat(state(bad, "charge").get("fill").asText()).isEqualTo("rgb(253, 236, 234)");
        assertThat(state(bad, "fulfil").get("fill").asText()).isEqualTo("rgb(255, 250, 242)");
        assertThat(state(bad, "Notify customer").get("fill").asText()).isEqualTo("rgb(255, 255, 255)");
        assertThat(bad.at("/details/charge/text").asText()).contains("Failed · retried 1 time", "ERROR",
                "CardDeclined", "insufficient funds");
        assertThat(bad.at("/details/fulfil/text").asText()).contains("Caught", "ERROR", "CardDeclined");
        assertThat(bad.at("/details/Notify customer/status").asText()).isEqualTo("not-reached");
    }

    @Test
    void mapIterationsAreLanesOfTheTimelineAndTheFailedOneShowsItsError() throws Exception {
        Browser browser = Browser.require();
        Files.createDirectories(SHOTS);
        JsonNode result = JSON.readTree(browser.run(Path.of("target/test-classes/browser/report-check.js"),
                Duration.ofSeconds(120), SHOTS.toString(), tolerated + ":parse"));
        JsonNode batch = result.at("/reports/batch-tolerated");
        assertThat(batch.get("errors")).isEmpty();
        List<String> lanes = batch.get("lanes").findValuesAsText("label");
        assertThat(lanes).hasSize(21).startsWith("Execution", "importAll · iteration 0")
                .contains("importAll · iteration 19");
        assertThat(batch.get("lanes").get(8).get("bars").toString()).contains("parse");
        assertThat(batch.get("lanes").get(0).get("bars").toString()).contains("configure", "importAll", "summarize",
                "done");
        assertThat(batch.get("lanes").get(20).get("bars").toString()).doesNotContain("summarize");
        // iterations side by side: each a lane of the Map's own, none nested in the one before
        assertThat(batch.get("lanes").findValues("indent")).extracting(JsonNode::asInt)
                .containsExactly(0, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12);
        Map<String, String> states = statuses(batch);
        assertThat(states).containsEntry("importAll", "succeeded").containsEntry("parse", "failed")
                .containsEntry("summarize", "succeeded").containsEntry("tooManyFailures", "not-reached");
        assertThat(batch.at("/details/parse/text").asText()).contains("20 visits", "importAll · iteration 7 · Failed",
                "IllegalArgumentException", "record without key");
    }

    private static Map<String, String> statuses(JsonNode report) {
        Map<String, String> statuses = new HashMap<>();
        report.get("states").forEach(state -> statuses.put(state.get("name").asText(), state.get("status").asText()));
        return statuses;
    }

    private static JsonNode state(JsonNode report, String name) {
        for (JsonNode state : report.get("states")) {
            if (state.get("name").asText().equals(name)) {
                return state;
            }
        }
        throw new AssertionError("no state " + name);
    }

    private static OrderProcessingWorkflow.Input input(String id) {
        return new OrderProcessingWorkflow.Input(new Order(id, "c-9", "normal",
                List.of(new Order.Line("sku-1", 1, new BigDecimal("10")))));
    }
}
