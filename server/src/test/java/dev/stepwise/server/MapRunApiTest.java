package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.*;

/**
 * The Map Run API through the AWS SDK for Java v2: DescribeMapRun, ListMapRuns, UpdateMapRun and ListExecutions by
 * {@code mapRunArn}, with the shapes of botocore's model and the values AWS answered in LocalStack's AWS-validated
 * test_list_map_runs_and_describe_map_run snapshot.
 */
class MapRunApiTest {

    private static final String ACCOUNT_PREFIX = "arn:aws:states:us-east-1:123456789012:";

    private static StepwiseServer server;
    private static SfnClient sfn;

    @BeforeAll
    static void start() {
        server = StepwiseServer.builder().port(0).activityLongPoll(java.time.Duration.ofMillis(300)).start();
        sfn = SdkClients.sfn(server.uri());
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
    }

    /** A Distributed Map over {@code $.items} whose children fail on a negative item. */
    private static String distributedMap(String settings) {
        return """
                {"StartAt": "Fan", "States": {"Fan": {"Type": "Map", "ItemsPath": "$.items", %s
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Check", "States": {
                      "Check": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericLessThan": 0, "Next": "Bad"}],
                        "Default": "Good"},
                      "Bad": {"Type": "Fail", "Error": "Negative"},
                      "Good": {"Type": "Pass", "End": true}}},
                  "End": true}}}
                """.formatted(settings);
    }

    private static DescribeExecutionResponse awaitEnd(String execution) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        DescribeExecutionResponse described;
        while ((described = sfn.describeExecution(b -> b.executionArn(execution))).status()
                == ExecutionStatus.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return described;
    }

    private static String onlyMapRun(String execution) {
        List<MapRunListItem> runs = sfn.listMapRuns(b -> b.executionArn(execution)).mapRuns();
        assertThat(runs).hasSize(1);
        return runs.get(0).mapRunArn();
    }

    @Test
    void describesAFinishedMapRunWithItsCountsAndSettings() throws Exception {
        String machine = SdkClients.create(sfn, "Tolerant", distributedMap(
                "\"MaxConcurrency\": 2, \"ToleratedFailureCount\": 1, \"Label\": \"Fan\","));
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"items\": [1, -1, 2]}"))
                .executionArn();
        assertThat(awaitEnd(execution).status()).isEqualTo(ExecutionStatus.SUCCEEDED);

        ListMapRunsResponse listed = sfn.listMapRuns(b -> b.executionArn(execution));
        assertThat(listed.mapRuns()).hasSize(1);
        MapRunListItem item = listed.mapRuns().get(0);
        assertThat(item.executionArn()).isEqualTo(execution);
        assertThat(item.mapRunArn()).startsWith(ACCOUNT_PREFIX + "mapRun:Tolerant/Fan:");
        assertThat(item.stateMachineArn()).isEqualTo(ACCOUNT_PREFIX + "stateMachine:Tolerant/Fan");
        assertThat(item.startDate()).isNotNull();
        assertThat(item.stopDate()).isNotNull();
        // the history names the same run
        assertThat(sfn.getExecutionHistory(b -> b.executionArn(execution)).events())
                .filteredOn(event -> event.type() == HistoryEventType.MAP_RUN_STARTED).singleElement()
                .satisfies(event -> assertThat(event.mapRunStartedEventDetails().mapRunArn())
                        .isEqualTo(item.mapRunArn()));

        DescribeMapRunResponse run = sfn.describeMapRun(b -> b.mapRunArn(item.mapRunArn()));
        assertThat(run.mapRunArn()).isEqualTo(item.mapRunArn());
        assertThat(run.executionArn()).isEqualTo(execution);
        assertThat(run.status()).isEqualTo(MapRunStatus.SUCCEEDED);
        assertThat(run.startDate()).isEqualTo(item.startDate());
        assertThat(run.stopDate()).isEqualTo(item.stopDate());
        assertThat(run.maxConcurrency()).isEqualTo(2);
        assertThat(run.toleratedFailureCount()).isEqualTo(1);
        assertThat(run.toleratedFailurePercentage()).isEqualTo(0f);
        assertThat(run.redriveCount()).isZero();
        for (MapRunExecutionCounts counts : List.of(run.executionCounts())) {
            assertThat(List.of(counts.pending(), counts.running(), counts.succeeded(), counts.failed(),
                    counts.timedOut(), counts.aborted(), counts.total(), counts.resultsWritten()))
                    .containsExactly(0L, 0L, 2L, 1L, 0L, 0L, 3L, 2L);
        }
        MapRunItemCounts items = run.itemCounts();
        assertThat(List.of(items.pending(), items.running(), items.succeeded(), items.failed(), items.total(),
                items.resultsWritten())).containsExactly(0L, 0L, 2L, 1L, 3L, 2L);

        ListExecutionsResponse children = sfn.listExecutions(b -> b.mapRunArn(item.mapRunArn()));
        assertThat(children.executions()).hasSize(3).allSatisfy(child -> {
            assertThat(child.stateMachineArn()).isEqualTo(item.stateMachineArn());
            assertThat(child.executionArn()).isEqualTo(ACCOUNT_PREFIX + "execution:Tolerant/Fan:" + child.name());
            assertThat(child.mapRunArn()).isEqualTo(item.mapRunArn());
            assertThat(child.itemCount()).isEqualTo(1);
            assertThat(child.stopDate()).isNotNull();
        });
        assertThat(children.executions()).extracting(ExecutionListItem::status)
                .containsExactlyInAnyOrder(ExecutionStatus.SUCCEEDED, ExecutionStatus.SUCCEEDED,
                        ExecutionStatus.FAILED);
        assertThat(sfn.listExecutions(b -> b.mapRunArn(item.mapRunArn()).statusFilter(ExecutionStatus.FAILED))
                .executions()).hasSize(1);
        // paged like any listing
        ListExecutionsResponse first = sfn.listExecutions(b -> b.mapRunArn(item.mapRunArn()).maxResults(2));
        assertThat(first.executions()).hasSize(2);
        assertThat(sfn.listExecutions(b -> b.mapRunArn(item.mapRunArn()).nextToken(first.nextToken()))
                .executions()).hasSize(1);
    }

    @Test
    void countsItemsAndChildExecutionsApartWhenItemsAreBatched() throws Exception {
        String machine = SdkClients.create(sfn, "Batches", """
                {"StartAt": "Fan", "States": {"Fan": {"Type": "Map", "ItemsPath": "$.items",
                  "ItemBatcher": {"MaxItemsPerBatch": 2},
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
                  "End": true}}}
                """);
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine)
                .input("{\"items\": [1, 2, 3, 4, 5]}")).executionArn();
        assertThat(awaitEnd(execution).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        String mapRun = onlyMapRun(execution);
        DescribeMapRunResponse run = sfn.describeMapRun(b -> b.mapRunArn(mapRun));
        assertThat(run.itemCounts().total()).isEqualTo(5);
        assertThat(run.itemCounts().succeeded()).isEqualTo(5);
        assertThat(run.executionCounts().total()).isEqualTo(3);
        assertThat(run.executionCounts().succeeded()).isEqualTo(3);
        // neither MaxConcurrency nor a tolerated failure threshold: 0, as AWS reports them
        assertThat(run.maxConcurrency()).isZero();
        assertThat(run.toleratedFailureCount()).isZero();
        assertThat(sfn.listExecutions(b -> b.mapRunArn(mapRun)).executions()).extracting(ExecutionListItem::itemCount)
                .containsExactlyInAnyOrder(2, 2, 1);
    }

    @Test
    void updatesARunningMapRunAndItsFailuresAreToleratedFromThenOn() throws Exception {
        String activity = sfn.createActivity(b -> b.name("review-item")).activityArn();
        String machine = SdkClients.create(sfn, "Reviews", """
                {"StartAt": "Fan", "States": {"Fan": {"Type": "Map", "MaxConcurrency": 1,
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Review", "States": {"Review": {"Type": "Task", "Resource": "%s", "End": true}}},
                  "End": true}}}
                """.formatted(activity));
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("[1, 2]")).executionArn();
        String firstToken = nextTask(activity);
        String mapRun = onlyMapRun(execution);

        DescribeMapRunResponse running = sfn.describeMapRun(b -> b.mapRunArn(mapRun));
        assertThat(running.status()).isEqualTo(MapRunStatus.RUNNING);
        assertThat(running.stopDate()).isNull();
        assertThat(List.of(running.executionCounts().pending(), running.executionCounts().running(),
                running.executionCounts().total())).containsExactly(1L, 1L, 2L);
        assertThat(sfn.listExecutions(b -> b.mapRunArn(mapRun)).executions()).singleElement()
                .satisfies(child -> {
                    assertThat(child.status()).isEqualTo(ExecutionStatus.RUNNING);
                    assertThat(child.stopDate()).isNull();
                });

        sfn.updateMapRun(b -> b.mapRunArn(mapRun).toleratedFailureCount(1L).maxConcurrency(5));
        DescribeMapRunResponse updated = sfn.describeMapRun(b -> b.mapRunArn(mapRun));
        assertThat(updated.toleratedFailureCount()).isEqualTo(1);
        assertThat(updated.maxConcurrency()).isEqualTo(5);
        assertThat(updated.toleratedFailurePercentage()).isEqualTo(0f);

        // without the update the first failure would fail the Map Run with the child's error
        sfn.sendTaskFailure(b -> b.taskToken(firstToken).error("Rejected"));
        String secondToken = nextTask(activity);
        sfn.sendTaskSuccess(b -> b.taskToken(secondToken).output("{}"));
        assertThat(awaitEnd(execution).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        DescribeMapRunResponse done = sfn.describeMapRun(b -> b.mapRunArn(mapRun));
        assertThat(done.status()).isEqualTo(MapRunStatus.SUCCEEDED);
        assertThat(List.of(done.itemCounts().succeeded(), done.itemCounts().failed())).containsExactly(1L, 1L);

        // AWS's ValidationExceptionReason for a run that has ended
        assertThatThrownBy(() -> sfn.updateMapRun(b -> b.mapRunArn(mapRun).maxConcurrency(1)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.reason()).isEqualTo(ValidationExceptionReason.CANNOT_UPDATE_COMPLETED_MAP_RUN));
        sfn.deleteActivity(b -> b.activityArn(activity));
    }

    private static String nextTask(String activity) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        GetActivityTaskResponse task = null;
        while ((task == null || task.taskToken() == null) && System.nanoTime() < deadline) {
            task = sfn.getActivityTask(b -> b.activityArn(activity));
        }
        assertThat(task.taskToken()).isNotNull();
        return task.taskToken();
    }

    @Test
    void refusesWhatAwsRefuses() throws Exception {
        String unknown = ACCOUNT_PREFIX + "mapRun:Nothing/Here:6b4e0f6c-3c5e-4c1a-9d0a-2f1f0e0c9b1a";
        assertThatThrownBy(() -> sfn.describeMapRun(b -> b.mapRunArn(unknown)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e ->
                        assertThat(e.resourceName()).isEqualTo(unknown));
        assertThatThrownBy(() -> sfn.updateMapRun(b -> b.mapRunArn(unknown).maxConcurrency(1)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> sfn.listExecutions(b -> b.mapRunArn(unknown)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> sfn.describeMapRun(b -> b.mapRunArn(ACCOUNT_PREFIX + "stateMachine:Tolerant")))
                .isInstanceOf(InvalidArnException.class);
        assertThatThrownBy(() -> sfn.listMapRuns(b -> b.executionArn(ACCOUNT_PREFIX + "execution:None:none")))
                .isInstanceOf(ExecutionDoesNotExistException.class);

        String machine = SdkClients.create(sfn, "Refusals", distributedMap(""));
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"items\": [1]}"))
                .executionArn();
        awaitEnd(execution);
        String mapRun = onlyMapRun(execution);
        // the model's ranges: ToleratedFailurePercentage 0..100, MaxConcurrency and ToleratedFailureCount from 0
        assertThatThrownBy(() -> sfn.updateMapRun(b -> b.mapRunArn(mapRun).toleratedFailurePercentage(101f)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("less than or equal to 100");
        assertThatThrownBy(() -> sfn.updateMapRun(b -> b.mapRunArn(mapRun).maxConcurrency(-1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("greater than or equal to 0");
        assertThatThrownBy(() -> sfn.updateMapRun(b -> b.mapRunArn(mapRun).toleratedFailureCount(-1L)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("greater than or equal to 0");
        // "You can specify either a mapRunArn or a stateMachineArn, but not both"
        assertThatThrownBy(() -> sfn.listExecutions(b -> b.mapRunArn(mapRun).stateMachineArn(machine)))
                .isInstanceOf(ValidationException.class);
    }
}
