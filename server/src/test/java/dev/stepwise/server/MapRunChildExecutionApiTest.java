package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.*;

/**
 * DescribeExecution and GetExecutionHistory on the child workflow executions a Distributed Map's Map Run dispatched,
 * through the AWS SDK for Java v2: described like any execution with the Map Run's ARN (the API model's
 * DescribeExecutionOutput {@code mapRunArn}; DescribeExecution's API reference: Express executions are described
 * only when a Map Run dispatched them), each with a history of its own unless it is Express.
 */
class MapRunChildExecutionApiTest {

    private static StepwiseServer server;
    private static SfnClient sfn;

    @BeforeAll
    static void start() {
        server = StepwiseServer.builder().port(0).start();
        sfn = SdkClients.sfn(server.uri());
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
    }

    /** A Distributed Map over {@code $.items} whose children fail on a negative item and double the others. */
    private static String distributedMap(String executionType, String settings) {
        return """
                {"StartAt": "Fan", "States": {"Fan": {"Type": "Map", "ItemsPath": "$.items", "Label": "Fan", %s
                  "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "%s"},
                    "StartAt": "Check", "States": {
                      "Check": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericLessThan": 0, "Next": "Bad"}],
                        "Default": "Double"},
                      "Bad": {"Type": "Fail", "Error": "Negative", "Cause": "below zero"},
                      "Double": {"Type": "Pass", "Parameters": {"twice.$": "States.MathAdd($, $)"}, "End": true}}},
                  "End": true}}}
                """.formatted(settings, executionType);
    }

    private static String run(String machineName, String definition, String input) throws InterruptedException {
        String machine = SdkClients.create(sfn, machineName, definition);
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (sfn.describeExecution(b -> b.executionArn(execution)).status() == ExecutionStatus.RUNNING
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return execution;
    }

    private static String onlyMapRun(String execution) {
        return sfn.listMapRuns(b -> b.executionArn(execution)).mapRuns().get(0).mapRunArn();
    }

    private static List<ExecutionListItem> children(String mapRun) {
        return sfn.listExecutions(b -> b.mapRunArn(mapRun)).executions();
    }

    @Test
    void describesEachChildLikeAnExecutionWithItsMapRun() throws Exception {
        String execution = run("Described", distributedMap("STANDARD", "\"ToleratedFailureCount\": 1,"),
                "{\"items\": [3, -1]}");
        String mapRun = onlyMapRun(execution);
        List<ExecutionListItem> listed = children(mapRun);
        assertThat(listed).hasSize(2);
        for (ExecutionListItem child : listed) {
            DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(child.executionArn()));
            assertThat(described.executionArn()).isEqualTo(child.executionArn());
            assertThat(described.name()).isEqualTo(child.name());
            assertThat(described.stateMachineArn()).isEqualTo(child.stateMachineArn()).endsWith(":Described/Fan");
            assertThat(described.mapRunArn()).isEqualTo(mapRun);
            assertThat(described.status()).isEqualTo(child.status());
            assertThat(described.startDate()).isEqualTo(child.startDate());
            assertThat(described.stopDate()).isEqualTo(child.stopDate());
            assertThat(described.redriveCount()).isZero();
        }
        DescribeExecutionResponse succeeded = describedWith(listed, ExecutionStatus.SUCCEEDED);
        assertThat(succeeded.input()).isEqualTo("3");
        assertThat(succeeded.output()).isEqualTo("{\"twice\":6}");
        assertThat(succeeded.error()).isNull();
        assertThat(succeeded.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
        assertThat(succeeded.redriveStatusReason()).isEqualTo("Execution is SUCCEEDED and cannot be redriven");
        DescribeExecutionResponse failed = describedWith(listed, ExecutionStatus.FAILED);
        assertThat(failed.input()).isEqualTo("-1");
        assertThat(failed.output()).isNull();
        assertThat(failed.error()).isEqualTo("Negative");
        assertThat(failed.cause()).isEqualTo("below zero");
        // METADATA_ONLY leaves the data out, as for any execution
        assertThat(sfn.describeExecution(b -> b.executionArn(failed.executionArn())
                .includedData(IncludedData.METADATA_ONLY)).input()).isNull();
        // the parent is no child of a Map Run
        assertThat(sfn.describeExecution(b -> b.executionArn(execution)).mapRunArn()).isNull();
    }

    private static DescribeExecutionResponse describedWith(List<ExecutionListItem> listed, ExecutionStatus status) {
        ExecutionListItem child = listed.stream().filter(item -> item.status() == status).findFirst().orElseThrow();
        return sfn.describeExecution(b -> b.executionArn(child.executionArn()));
    }

    @Test
    void aFailedChildOfAFailedParentIsRedrivenByItsMapRun() throws Exception {
        String execution = run("Redrivable", distributedMap("STANDARD", ""), "{\"items\": [-1]}");
        assertThat(sfn.describeExecution(b -> b.executionArn(execution)).status()).isEqualTo(ExecutionStatus.FAILED);
        DescribeExecutionResponse child = describedWith(children(onlyMapRun(execution)), ExecutionStatus.FAILED);
        assertThat(child.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE_BY_MAP_RUN);
        assertThat(child.redriveStatusReason()).isNull();
    }

    @Test
    void pagesEachChildsOwnHistoryLikeAnExecutions() throws Exception {
        String execution = run("Histories", distributedMap("STANDARD", "\"ToleratedFailureCount\": 1,"),
                "{\"items\": [3, -1]}");
        List<ExecutionListItem> listed = children(onlyMapRun(execution));
        String succeeded = listed.stream().filter(c -> c.status() == ExecutionStatus.SUCCEEDED).findFirst()
                .orElseThrow().executionArn();
        List<HistoryEvent> events = sfn.getExecutionHistory(b -> b.executionArn(succeeded)).events();
        assertThat(events).extracting(HistoryEvent::typeAsString).containsExactly("ExecutionStarted",
                "ChoiceStateEntered", "ChoiceStateExited", "PassStateEntered", "PassStateExited",
                "ExecutionSucceeded");
        assertThat(events.get(0).executionStartedEventDetails().input()).isEqualTo("3");
        assertThat(events.get(events.size() - 1).executionSucceededEventDetails().output())
                .isEqualTo("{\"twice\":6}");
        // the parent's history has none of its children's events
        assertThat(sfn.getExecutionHistory(b -> b.executionArn(execution)).events())
                .extracting(HistoryEvent::typeAsString).doesNotContain("ChoiceStateEntered");

        List<HistoryEvent> paged = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            GetExecutionHistoryResponse page = sfn.getExecutionHistory(b -> b.executionArn(succeeded).maxResults(4)
                    .reverseOrder(true).nextToken(next));
            paged.addAll(page.events());
            token = page.nextToken();
        } while (token != null);
        assertThat(paged).isEqualTo(events.stream().sorted(Comparator.comparing(HistoryEvent::id).reversed())
                .toList());

        String failed = listed.stream().filter(c -> c.status() == ExecutionStatus.FAILED).findFirst().orElseThrow()
                .executionArn();
        HistoryEvent end = sfn.getExecutionHistory(b -> b.executionArn(failed).reverseOrder(true).maxResults(1))
                .events().get(0);
        assertThat(end.type()).isEqualTo(HistoryEventType.EXECUTION_FAILED);
        assertThat(end.executionFailedEventDetails().error()).isEqualTo("Negative");
    }

    @Test
    void describesExpressChildrenButGivesThemNoHistory() throws Exception {
        String execution = run("Quick", distributedMap("EXPRESS", ""), "{\"items\": [5]}");
        ExecutionListItem child = children(onlyMapRun(execution)).get(0);
        DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(child.executionArn()));
        assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(described.output()).isEqualTo("{\"twice\":10}");
        assertThat(described.mapRunArn()).isEqualTo(onlyMapRun(execution));
        assertThatThrownBy(() -> sfn.getExecutionHistory(b -> b.executionArn(child.executionArn())))
                .isInstanceOf(InvalidArnException.class);
    }

    @Test
    void anUnknownChildDoesNotExist() throws Exception {
        String execution = run("Unknown", distributedMap("STANDARD", ""), "{\"items\": [1]}");
        String known = children(onlyMapRun(execution)).get(0).executionArn();
        String unknown = known.substring(0, known.lastIndexOf(':') + 1) + "00000000-0000-0000-0000-000000000000";
        assertThatThrownBy(() -> sfn.describeExecution(b -> b.executionArn(unknown)))
                .isInstanceOf(ExecutionDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.getExecutionHistory(b -> b.executionArn(unknown)))
                .isInstanceOf(ExecutionDoesNotExistException.class);
    }
}
