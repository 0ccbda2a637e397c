package dev.stepwise.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.testsupport.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report of a run whose state names and data are what a page must not take for its own words. */
class ExecutionReportInBrowserTest {

    @Test
    void statesNamedLikeObjectPropertiesAndHtmlInDataAreShownAsText(@TempDir Path dir) throws Exception {
        Browser browser = Browser.require();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        // report.js kept its states in a plain object: "constructor" found Object's and the page stopped
        Execution execution = runtime.start(runtime.load(Json.parse("""
                {"StartAt": "constructor", "States": {
                  "constructor": {"Type": "Pass", "Next": "__proto__",
                    "Parameters": {"html": "<img src=x onerror=alert(1)>", "end": "</script><script>alert(2)</script>"}},
                  "__proto__": {"Type": "Pass", "Next": "<b onmouseover=alert(3)>toString</b>"},
                  "<b onmouseover=alert(3)>toString</b>": {"Type": "Pass", "Next": "hasOwnProperty"},
                  "hasOwnProperty": {"Type": "Fail", "Error": "<i>E</i>", "Cause": "<script>alert(4)</script>"}}}""")),
                Json.parse("{\"x\": \"<svg onload=alert(5)>\"}"));
        Path report = execution.report(dir.resolve("names.html"));
        assertThat(Files.readString(report)).doesNotContain("<img src", "<script>alert", "<svg onload", "<i>E");

        JsonNode result = Json.parse(browser.run(Path.of("target/test-classes/browser/report-names.js"),
                Duration.ofSeconds(120), report.toString()));
        assertThat(result.get("errors")).as("page errors").isEmpty();
        assertThat(result.get("dialogs")).as("dialogs opened by a script").isEmpty();
        assertThat(result.get("rows").asInt()).isGreaterThan(8);
        JsonNode states = result.get("states");
        assertThat(states.at("/constructor/status").asText()).isEqualTo("succeeded");
        assertThat(states.at("/constructor/details").asText()).contains("<img src=x onerror=alert(1)>",
                "</script><script>alert(2)</script>", "<svg onload=alert(5)>");
        assertThat(states.at("/__proto__/status").asText()).isEqualTo("succeeded");
        assertThat(states.get("<b onmouseover=alert(3)>toString</b>").get("status").asText()).isEqualTo("succeeded");
        assertThat(states.at("/hasOwnProperty/status").asText()).isEqualTo("failed");
        assertThat(states.at("/hasOwnProperty/details").asText()).contains("<i>E</i>", "<script>alert(4)</script>");
    }

    @Test
    void aHugeInputStaysInAFewScrollingLinesOfTheHistoryTable(@TempDir Path dir) throws Exception {
        Browser browser = Browser.require();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        // 200,000 characters (AWS takes 256 KiB): each event that carries it was a row thousands of pixels tall
        String big = "y".repeat(200_000);
        Execution execution = runtime.start(runtime.load(Json.parse("""
                {"StartAt": "Copy", "States": {"Copy": {"Type": "Pass", "Next": "Stop"},
                  "Stop": {"Type": "Fail", "Error": "Big", "Cause": "first line\\nsecond line"}}}""")),
                Json.NODES.objectNode().put("big", big));
        Path report = execution.report(dir.resolve("huge.html"));

        JsonNode result = Json.parse(browser.run(Path.of("target/test-classes/browser/report-names.js"),
                Duration.ofSeconds(120), report.toString()));
        assertThat(result.get("errors")).as("page errors").isEmpty();
        assertThat(result.get("tallestRow").asDouble()).isLessThan(200);
        assertThat(result.get("historyText").asInt()).as("the whole input is still there").isGreaterThan(4 * 200_000);
        assertThat(result.at("/states/Copy/details").asText()).contains(big);
    }

    @Test
    void aStateThatFailsOnEntryInsideABranchFailsItsParallelAndItsMapNotItself(@TempDir Path dir) throws Exception {
        Browser browser = Browser.require();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        // Inner's ItemsPath is no array: Inner fails on entry with no event of its own, its branch ends there, and
        // Both's ParallelStateFailed follows Inner's MapStateEntered. report.js gave that close to Inner (an open
        // Map) and left Both and Outer open, so they showed as aborted while the execution had failed through them
        Execution execution = runtime.start(runtime.load(Json.parse("""
                {"StartAt": "Outer", "States": {
                  "Outer": {"Type": "Map", "ItemsPath": "$.items", "Next": "Done", "ItemProcessor": {
                    "StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
                      {"StartAt": "Inner", "States": {"Inner": {"Type": "Map", "ItemsPath": "$.notAList", "End": true,
                        "ItemProcessor": {"StartAt": "Leaf", "States": {"Leaf": {"Type": "Pass", "End": true}}}}}},
                      {"StartAt": "Beside", "States": {"Beside": {"Type": "Pass", "End": true}}}]}}}},
                  "Done": {"Type": "Succeed"}}}""")), Json.parse("{\"items\": [{\"notAList\": 1}]}"));
        assertThat(execution.await().status().name()).isEqualTo("FAILED");
        Path report = execution.report(dir.resolve("silent.html"));

        JsonNode states = Json.parse(browser.run(Path.of("target/test-classes/browser/report-names.js"),
                Duration.ofSeconds(120), report.toString())).get("states");
        assertThat(states.at("/Inner/status").asText()).isEqualTo("failed");
        assertThat(states.at("/Both/status").asText()).isEqualTo("failed");
        assertThat(states.at("/Outer/status").asText()).isEqualTo("failed");
        assertThat(states.at("/Outer/details").asText()).contains("States.Runtime");
        assertThat(states.at("/Leaf/status").asText()).isEqualTo("not-reached");
        assertThat(states.at("/Done/status").asText()).isEqualTo("not-reached");
    }

    @Test
    void aCaughtDistributedMapShowsTheErrorItsMapRunFailedWith(@TempDir Path dir) throws Exception {
        Browser browser = Browser.require();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler("arn:aws:states:::s3:getObject", (request, context) -> Json.parse("{\"Body\": \"{}\"}"))
                .build();
        // AWS records a Distributed Map's error on MapRunFailed, and MapStateFailed after it has none (the
        // recorded case map_item_reader_csv_headers_decl_duplicate_headers): report.js looked for it in the
        // iterations, found none, and a caught Map showed no error at all (its output, the input here, has none)
        Execution execution = runtime.start(runtime.load(Json.parse("""
                {"StartAt": "Export", "States": {
                  "Export": {"Type": "Map", "Next": "Done",
                    "ItemReader": {"Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "JSON"},
                      "Parameters": {"Bucket": "b", "Key": "items.json"}},
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                      "StartAt": "Leaf", "States": {"Leaf": {"Type": "Pass", "End": true}}},
                    "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": null, "Next": "Rejected"}]},
                  "Done": {"Type": "Succeed"},
                  "Rejected": {"Type": "Fail", "Error": "Rejected"}}}""")), Json.parse("{}"));
        assertThat(execution.await().status().name()).isEqualTo("FAILED");
        Path report = execution.report(dir.resolve("maprun.html"));

        JsonNode states = Json.parse(browser.run(Path.of("target/test-classes/browser/report-names.js"),
                Duration.ofSeconds(120), report.toString())).get("states");
        assertThat(states.at("/Export/status").asText()).isEqualTo("caught");
        assertThat(states.at("/Export/details").asText())
                .contains("States.ItemReaderFailed", "Attempting to map over non-iterable node.");
    }

    @Test
    void theStatesOfADistributedMapAreColouredByWhatTheyDidInItsChildExecutions(@TempDir Path dir) throws Exception {
        Browser browser = Browser.require();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        // a Distributed Map's item processor runs in child executions, whose events the parent's history does not
        // hold: every state in it showed as not reached, a failed item's state too, though the Map had run them all
        Execution execution = runtime.start(runtime.load(Json.parse("""
                {"StartAt": "Items", "States": {
                  "Items": {"Type": "Map", "ToleratedFailurePercentage": 100, "End": true,
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                      "StartAt": "Check", "States": {
                        "Check": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericEquals": 2, "Next": "Bad"},
                            {"Variable": "$", "NumericEquals": 99, "Next": "Unused"}],
                          "Default": "Ok"},
                        "Ok": {"Type": "Pass", "End": true},
                        "Bad": {"Type": "Fail", "Error": "BadItem", "Cause": "item two"},
                        "Unused": {"Type": "Pass", "End": true}}}}}}""")), Json.parse("[1, 2, 3]"));
        assertThat(execution.await().status().name()).isEqualTo("SUCCEEDED");
        Path report = execution.report(dir.resolve("distributed.html"));

        JsonNode result = Json.parse(browser.run(Path.of("target/test-classes/browser/report-names.js"),
                Duration.ofSeconds(120), report.toString()));
        assertThat(result.get("errors")).as("page errors").isEmpty();
        JsonNode states = result.get("states");
        assertThat(states.at("/Items/status").asText()).isEqualTo("succeeded");
        assertThat(states.at("/Check/status").asText()).isEqualTo("succeeded");
        assertThat(states.at("/Check/details").asText()).contains("3 visits");
        assertThat(states.at("/Ok/status").asText()).isEqualTo("succeeded");
        assertThat(states.at("/Bad/status").asText()).isEqualTo("failed");
        assertThat(states.at("/Bad/details").asText()).contains("BadItem", "item two");
        assertThat(states.at("/Unused/status").asText()).isEqualTo("not-reached");
        // one lane per child execution, each right below the Map's own lane
        List<String> lanes = new ArrayList<>();
        result.get("lanes").forEach(lane -> lanes.add(lane.get("label").asText()));
        assertThat(lanes).hasSize(4).first().isEqualTo("Execution");
        assertThat(lanes.subList(1, 4)).allMatch(label -> label.startsWith("Items · "));
    }
}
