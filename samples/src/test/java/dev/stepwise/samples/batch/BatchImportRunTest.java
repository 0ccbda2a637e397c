package dev.stepwise.samples.batch;

import static dev.stepwise.test.ExecutionHistory.enteredStates;
import static dev.stepwise.test.ExecutionHistory.errors;
import static dev.stepwise.test.ExecutionHistory.events;
import static dev.stepwise.test.StepwiseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.task.TaskMethodHandler;
import dev.stepwise.test.StepwiseTest;
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
@StepwiseTest
class BatchImportRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DYNAMODB = "arn:aws:states:::dynamodb:putItem";

    /** The ids stored, in the order the items ran (the virtual clock runs Map items one after the other). */
    private final List<String> stored = new CopyOnWriteArrayList<>();

    /** The kit's builder, whose runtime stores through the mocked DynamoDB. */
    private LocalRuntime storing(LocalRuntime.Builder builder) {
        return builder.handler(DYNAMODB, (input, context) -> {
            stored.add(input.at("/Item/id/S").asText());
            return JSON.createObjectNode();
        }).build();
    }

    @Test
    void everyRecordIsParsedStoredAndSummarized(LocalRuntime.Builder builder) {
        Execution run = storing(builder).start(BatchImportWorkflow.bind(new BatchImport()), input(records(3, List.of())));

        assertThat(run).succeeded().hasEventCount("MapIterationSucceeded", 3)
                .outputAs(BatchImportWorkflow.Output.class).isEqualTo(new BatchImportWorkflow.Output(3, "row-0"));
        assertThat(stored).containsExactly("row-0", "row-1", "row-2");
        assertThat(enteredStates(run)).startsWith("configure", "importAll").endsWith("summarize", "done");
    }

    @Test
    void oneBadRecordInTwentyIsWithinTheFivePercentTolerated(LocalRuntime.Builder builder) {
        Execution run = storing(builder).start(BatchImportWorkflow.bind(new BatchImport()), input(records(20, List.of(7))));

        assertThat(run).succeeded().hasEventCount("MapIterationFailed", 1).hasEventCount("MapIterationSucceeded", 19)
                .outputAs(BatchImportWorkflow.Output.class).extracting(BatchImportWorkflow.Output::count).isEqualTo(19);
        assertThat(errors(run, "LambdaFunctionFailed")).containsExactly("IllegalArgumentException");
        assertThat(stored).hasSize(19).doesNotContain("row-7");
    }

    @Test
    void twoBadRecordsInTwentyExceedTheToleranceAndRejectTheImport(LocalRuntime.Builder builder) {
        Execution run = storing(builder).start(BatchImportWorkflow.bind(new BatchImport()), input(records(20, List.of(3, 11))));

        assertThat(run).failedWith("ImportRejected").hasEventCount("MapStateFailed", 1);
        assertThat(run.cause()).isNotBlank();
        assertThat(errors(run, "LambdaFunctionFailed")).containsExactly("IllegalArgumentException",
                "IllegalArgumentException");
        assertThat(stored).hasSize(10).doesNotContain("row-12"); // the items after the second failure never ran
        assertThat(enteredStates(run)).endsWith("parse", "tooManyFailures").doesNotContain("summarize");
    }

    @Test
    void aThrottledParseIsRetriedWithBackoffAndTheRecordIsImported(LocalRuntime.Builder builder) {
        TaskMethodHandler parse = new TaskMethodHandler(BatchImportWorkflow.bind(new BatchImport()).tasks().get("parse"));
        List<String> attempts = new CopyOnWriteArrayList<>();
        LocalRuntime throttling = builder
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

        assertThat(run).succeeded().retried("parse", 2)
                .outputAs(BatchImportWorkflow.Output.class).extracting(BatchImportWorkflow.Output::count).isEqualTo(2);
        assertThat(attempts).containsExactly("ROW-0", "ROW-1", "ROW-1", "ROW-1");
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
