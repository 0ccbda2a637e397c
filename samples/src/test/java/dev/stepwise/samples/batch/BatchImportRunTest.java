package dev.stepwise.samples.batch;

import static dev.stepwise.samples.Histories.enteredStates;
import static dev.stepwise.samples.Histories.errors;
import static dev.stepwise.samples.Histories.events;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.task.TaskMethodHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * BatchImport on the local runtime: every record parsed by the workflow's own method and stored through a mocked
 * DynamoDB, a few bad records tolerated, too many rejected.
 */
class BatchImportRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DYNAMODB = "arn:aws:states:::dynamodb:putItem";

    /** The ids stored, in the order the items ran (the virtual clock runs Map items one after the other). */
    private final List<String> stored = new CopyOnWriteArrayList<>();

    private final LocalRuntime runtime = LocalRuntime.builder()
            .clock(Clocks.virtual())
            .handler(DYNAMODB, (input, context) -> {
                stored.add(input.at("/Item/id/S").asText());
                return JSON.createObjectNode();
            })
            .build();

    @Test
    void everyRecordIsParsedStoredAndSummarized() throws Exception {
        Execution run = runtime.start(BatchImportWorkflow.bind(new BatchImport()), input(records(3, List.of())));

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(JSON.treeToValue(run.output(), BatchImportWorkflow.Output.class)).isEqualTo(new BatchImportWorkflow.Output(3, "row-0"));
        assertThat(stored).containsExactly("row-0", "row-1", "row-2");
        assertThat(events(run, "MapIterationSucceeded")).hasSize(3);
        assertThat(enteredStates(run)).startsWith("configure", "importAll").endsWith("summarize", "done");
    }

    @Test
    void oneBadRecordInTwentyIsWithinTheFivePercentTolerated() throws Exception {
        Execution run = runtime.start(BatchImportWorkflow.bind(new BatchImport()), input(records(20, List.of(7))));

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(errors(run, "LambdaFunctionFailed")).containsExactly("IllegalArgumentException");
        assertThat(events(run, "MapIterationFailed")).hasSize(1);
        assertThat(events(run, "MapIterationSucceeded")).hasSize(19);
        assertThat(stored).hasSize(19).doesNotContain("row-7");
        BatchImportWorkflow.Output output = JSON.treeToValue(run.output(), BatchImportWorkflow.Output.class);
        assertThat(output.count()).isEqualTo(19);
    }

    @Test
    void twoBadRecordsInTwentyExceedTheToleranceAndRejectTheImport() {
        Execution run = runtime.start(BatchImportWorkflow.bind(new BatchImport()), input(records(20, List.of(3, 11))));

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("ImportRejected");
        assertThat(run.cause()).isNotBlank();
        assertThat(events(run, "MapStateFailed")).hasSize(1);
        assertThat(errors(run, "LambdaFunctionFailed")).containsExactly("IllegalArgumentException",
                "IllegalArgumentException");
        assertThat(stored).hasSize(10).doesNotContain("row-12"); // the items after the second failure never ran
        assertThat(enteredStates(run)).endsWith("parse", "tooManyFailures").doesNotContain("summarize");
    }

    @Test
    void aThrottledParseIsRetriedWithBackoffAndTheRecordIsImported() throws Exception {
        TaskMethodHandler parse = new TaskMethodHandler(BatchImportWorkflow.bind(new BatchImport()).tasks().get("parse"));
        List<String> attempts = new CopyOnWriteArrayList<>();
        LocalRuntime throttling = LocalRuntime.builder()
                .clock(Clocks.virtual())
                .handler(DYNAMODB, (input, context) -> JSON.createObjectNode())
                .stateHandler("parse", (input, context) -> {
                    String key = input.at("/record/key").asText();
                    attempts.add(key);
                    if (key.equals("ROW-1") && attempts.stream().filter(key::equals).count() <= 2) {
                        throw new StatesError("Lambda.TooManyRequestsException", "Rate exceeded");
                    }
                    return parse.handle(input, context);
                })
                .build();

        Execution run = throttling.start(BatchImportWorkflow.bind(new BatchImport()), input(records(2, List.of())));

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(attempts).containsExactly("ROW-0", "ROW-1", "ROW-1", "ROW-1");
        assertThat(JSON.treeToValue(run.output(), BatchImportWorkflow.Output.class).count()).isEqualTo(2);
        List<Instant> rowOneAttempts = events(run, "LambdaFunctionScheduled").subList(1, 4).stream()
                .map(event -> event.timestamp()).toList();
        assertThat(Duration.between(rowOneAttempts.get(0), rowOneAttempts.get(1)).toSeconds()).isEqualTo(1);
        assertThat(Duration.between(rowOneAttempts.get(1), rowOneAttempts.get(2)).toSeconds()).isEqualTo(2);
    }

    /** Records {@code ROW-0 ..}; the ones at {@code blankKeys} have no key, which the parse method rejects. */
    private static List<ImportRecord.RawRecord> records(int count, List<Integer> blankKeys) {
        List<ImportRecord.RawRecord> records = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> records.add(
                new ImportRecord.RawRecord(blankKeys.contains(i) ? "  " : "ROW-" + i, " payload " + i + " ")));
        return records;
    }

    private static JsonNode input(List<ImportRecord.RawRecord> records) {
        return JSON.createObjectNode().set("records", JSON.valueToTree(records));
    }
}
