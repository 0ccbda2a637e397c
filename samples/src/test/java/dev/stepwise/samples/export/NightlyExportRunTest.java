package dev.stepwise.samples.export;

import static dev.stepwise.test.ExecutionHistory.events;
import static dev.stepwise.test.StepwiseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.mapruns.ChildExecution;
import dev.stepwise.runtime.mapruns.MapRun;
import dev.stepwise.runtime.task.TaskMethodHandler;
import dev.stepwise.test.StepwiseTest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * NightlyExport on the local runtime: the manifest read through a mocked {@code s3:getObject}, the batches' outcomes
 * written through a mocked {@code s3:putObject}, a failed batch quarantined through a mocked DynamoDB. The child
 * workflows are Express executions, which keep no history (as on AWS): what they did shows in the calls they made
 * and in the result files.
 */
@StepwiseTest
class NightlyExportRunTest {

    private static final String S3_GET = "arn:aws:states:::s3:getObject";
    private static final String S3_PUT = "arn:aws:states:::s3:putObject";
    private static final String DYNAMODB = "arn:aws:states:::dynamodb:putItem";
    private static final NightlyExportWorkflow.Input TONIGHT =
            new NightlyExportWorkflow.Input("manifests/2026-03-14.csv", "2026-03-14");

    private final List<JsonNode> manifestReads = new CopyOnWriteArrayList<>();
    private final List<JsonNode> resultWrites = new CopyOnWriteArrayList<>();
    private final List<JsonNode> quarantined = new CopyOnWriteArrayList<>();

    /** The kit's builder, whose S3 holds {@code manifest} and records what is written, and whose DynamoDB records items. */
    private LocalRuntime.Builder exporting(LocalRuntime.Builder builder, String manifest) {
        return builder
                .handler(S3_GET, (request, context) -> {
                    manifestReads.add(request);
                    return Json.NODES.objectNode().put("Body", manifest);
                })
                .handler(S3_PUT, (request, context) -> {
                    resultWrites.add(request);
                    return Json.NODES.objectNode().put("ETag", "\"etag\"");
                })
                .handler(DYNAMODB, (request, context) -> {
                    quarantined.add(request);
                    return Json.NODES.objectNode();
                });
    }

    private Execution export(LocalRuntime.Builder builder, String manifest) {
        return exporting(builder, manifest).build().start(NightlyExportWorkflow.bind(new NightlyExport()), TONIGHT)
                .await();
    }

    @Test
    void everyBatchIsExportedAndTheSummaryPointsAtTheResults(LocalRuntime.Builder builder) {
        Execution run = export(builder, manifest(120, Set.of()));

        MapRun mapRun = run.mapRuns().get(0);
        String folder = "exports/" + mapRun.arn().substring(mapRun.arn().lastIndexOf(':') + 1) + "/";
        assertThat(run).succeeded().enteredStates("exportRecords", "summarize", "done")
                .hasEventsInOrder("MapRunStarted", "MapRunSucceeded")
                .outputAs(NightlyExportWorkflow.Output.class).isEqualTo(new NightlyExportWorkflow.Output(
                        "2026-03-14", "s3://nightly-export-results/" + folder + "manifest.json"));
        assertThat(manifestReads).singleElement().isEqualTo(Json.parse(
                "{\"Bucket\": \"nightly-export-manifests\", \"Key\": \"manifests/2026-03-14.csv\"}"));
        assertThat(mapRun.arn()).contains(":mapRun:NightlyExport/nightly:");
        assertThat(mapRun.describe().maxConcurrency()).isEqualTo(10);
        assertThat(mapRun.childExecutions()).extracting(ChildExecution::itemCount)
                .containsExactlyInAnyOrder(50, 50, 20);
        assertThat(resultWrites).extracting(write -> write.get("Key").asText())
                .containsExactly(folder + "SUCCEEDED_0.json", folder + "manifest.json");
        assertThat(outputsOf(resultWrites.get(0))).extracting(output -> output.get("records").asInt())
                .containsExactlyInAnyOrder(50, 50, 20);
        assertThat(outputsOf(resultWrites.get(0))).extracting(output -> output.get("total").asText())
                .containsExactlyInAnyOrder(total(0, 50), total(50, 100), total(100, 120));
        assertThat(quarantined).isEmpty();
    }

    @Test
    void oneFailedBatchInElevenIsWithinTheTenPercentTolerated(LocalRuntime.Builder builder) {
        Execution run = export(builder, manifest(550, Set.of(123)));

        assertThat(run).succeeded().enteredStates("exportRecords", "summarize", "done");
        assertThat(run.mapRuns().get(0).describe().executionCounts().failed()).isEqualTo(1);
        assertThat(resultWrites).extracting(write -> write.get("Key").asText().replaceFirst(".*/", ""))
                .containsExactly("SUCCEEDED_0.json", "FAILED_0.json", "manifest.json");
        JsonNode failed = Json.parse(resultWrites.get(1).get("Body").asText());
        assertThat(failed).singleElement().satisfies(entry -> {
            assertThat(entry.get("Error").asText()).isEqualTo("IllegalArgumentException");
            assertThat(entry.get("Cause").asText()).isEqualTo("record r-123 has no amount: ''");
        });
        assertThat(quarantined).singleElement()
                .satisfies(item -> assertThat(item.at("/Item/recordIds/SS")).hasSize(50));
    }

    @Test
    void failedBatchesPastTheToleratedTenPercentRejectTheExport(LocalRuntime.Builder builder) {
        Execution run = export(builder, manifest(120, Set.of(7, 60)));

        assertThat(run).failedWith("ExportRejected").enteredStates("exportRecords", "exportRejected")
                .caught("exportRecords", "States.ExceedToleratedFailureThreshold")
                .hasEventsInOrder("MapRunStarted", "MapRunFailed", "MapStateFailed", "ExecutionFailed")
                .neverEntered("summarize");
        // the Map's catcher shaped its output and assigned the failure's cause, which the Fail state reports
        assertThat(events(run, "MapStateExited")).singleElement().satisfies(exited -> assertThat(
                exited.detail("output")).isEqualTo(Json.parse(
                        "{\"exportDate\": \"2026-03-14\", \"manifest\": \"manifests/2026-03-14.csv\"}")));
        assertThat(run.cause()).isNotBlank()
                .isEqualTo(events(run, "MapRunFailed").get(0).detail("cause").asText());
        assertThat(quarantined).isNotEmpty().extracting(item -> item.at("/Item/recordIds/SS/0").asText())
                .allMatch(firstRecord -> firstRecord.equals("r-0") || firstRecord.equals("r-50"));
    }

    @Test
    void theTaskCatcherQuarantinesTheWholeBatchWithTheFailureItAssigned(LocalRuntime.Builder builder) {
        Execution run = export(builder, manifest(51, Set.of(50)));

        assertThat(run).failedWith("ExportRejected");
        assertThat(quarantined).singleElement().satisfies(item -> {
            assertThat(item.get("TableName").asText()).isEqualTo("export-quarantine");
            // the catcher's Output: the batch's date and its record ids, an array even for a batch of one
            assertThat(item.at("/Item/exportDate/S").asText()).isEqualTo(TONIGHT.exportDate());
            assertThat(item.at("/Item/recordIds/SS")).isEqualTo(Json.parse("[\"r-50\"]"));
            // the catcher's Assign: $failure is the error output
            assertThat(item.at("/Item/error/S").asText()).isEqualTo("IllegalArgumentException");
            assertThat(item.at("/Item/cause/S").asText()).isEqualTo("record r-50 has no amount: ''");
        });
    }

    @Test
    void aThrottledBatchIsRetriedAndExportedWithoutQuarantine(LocalRuntime.Builder builder) {
        TaskMethodHandler export = new TaskMethodHandler(
                NightlyExportWorkflow.bind(new NightlyExport()).tasks().get("export"));
        AtomicInteger calls = new AtomicInteger();
        LocalRuntime throttledOnce = exporting(builder, manifest(30, Set.of()))
                .stateHandler("export", (input, context) -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new StatesError("Lambda.TooManyRequestsException", "Rate exceeded");
                    }
                    return export.handle(input, context);
                })
                .build();

        Execution run = throttledOnce.start(NightlyExportWorkflow.bind(new NightlyExport()), TONIGHT).await();

        assertThat(run).succeeded();
        assertThat(calls).hasValue(2);
        assertThat(quarantined).isEmpty();
        assertThat(outputsOf(resultWrites.get(0))).extracting(output -> output.get("records").asInt())
                .containsExactly(30);
    }

    /** The child executions' outputs a SUCCEEDED result file lists. */
    private static List<JsonNode> outputsOf(JsonNode resultFile) {
        return StreamSupport.stream(Json.parse(resultFile.get("Body").asText()).spliterator(), false)
                .map(entry -> Json.parse(entry.get("Output").asText())).toList();
    }

    /** A manifest of {@code rows} records {@code r-0 ..}, semicolon-separated; those at {@code blank} lack an amount. */
    private static String manifest(int rows, Set<Integer> blank) {
        return "recordId;customerId;amount\n" + IntStream.range(0, rows)
                .mapToObj(i -> "r-" + i + ";c-" + (i % 7) + ";" + (blank.contains(i) ? "" : amount(i)))
                .collect(Collectors.joining("\n")) + "\n";
    }

    private static String amount(int row) {
        return row + ".50";
    }

    /** What the rows {@code from} (inclusive) to {@code to} add up to. */
    private static String total(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new java.math.BigDecimal(amount(i)))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).toPlainString();
    }
}
