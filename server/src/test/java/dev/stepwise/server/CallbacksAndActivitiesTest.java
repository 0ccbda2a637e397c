package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.LocalRuntime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.*;

/**
 * An application written against the AWS SDK, endpoint changed and nothing else: callbacks answered with
 * SendTask*, activity workers polling GetActivityTask, and a workflow with a Map, a Retry and a callback (system
 * clock, as an application's integration test runs).
 */
class CallbacksAndActivitiesTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/local";
    private static final String RESERVE = "arn:aws:lambda:us-east-1:123456789012:function:reserve";
    /** Every item's first reservation is throttled: the Map's Retry makes the second. */
    private static final AtomicInteger RESERVATIONS = new AtomicInteger();

    private static StepwiseServer server;
    private static SfnClient sfn;

    @BeforeAll
    static void start() {
        server = StepwiseServer.builder().port(0).activityLongPoll(Duration.ofMillis(300))
                .runtime(LocalRuntime.builder().handler(RESERVE, (input, ctx) -> {
                    if (RESERVATIONS.incrementAndGet() % 2 == 1) {
                        throw new dev.stepwise.asl.error.StatesError("Lambda.TooManyRequestsException", "slow down");
                    }
                    return Json.NODES.objectNode().put("reserved", input.path("sku").asText());
                }))
                .start();
        sfn = SdkClients.sfn(server.uri());
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
    }

    private static String create(String name, String definition) {
        return sfn.createStateMachine(b -> b.name(name).roleArn(ROLE).definition(definition)).stateMachineArn();
    }

    /** The token a callback Task handed out, as the application finds it: in the message the Task sent. */
    private static String tokenSentBy(String execution) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            for (HistoryEvent event : sfn.getExecutionHistory(b -> b.executionArn(execution)).events()) {
                if (event.type() == HistoryEventType.TASK_SCHEDULED) {
                    return Json.parse(event.taskScheduledEventDetails().parameters()).path("MessageBody")
                            .path("token").asText();
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no TaskScheduled in " + execution);
    }

    private static DescribeExecutionResponse awaitEnd(String execution) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        DescribeExecutionResponse described;
        do {
            Thread.sleep(10);
            described = sfn.describeExecution(b -> b.executionArn(execution));
        } while (described.status() == ExecutionStatus.RUNNING && System.nanoTime() < deadline);
        return described;
    }

    @Test
    void runsAMapWithARetryAndACallbackAnsweredWithSendTaskSuccess() throws Exception {
        String machine = create("Fulfilment", """
                {"StartAt": "Reserve", "States": {
                  "Reserve": {"Type": "Map", "ItemsPath": "$.items", "ResultPath": "$.reservations",
                    "ItemProcessor": {"StartAt": "Call", "States": {"Call": {"Type": "Task",
                      "Resource": "%s",
                      "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 0,
                                 "MaxAttempts": 2}],
                      "End": true}}},
                    "Next": "Approve"},
                  "Approve": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                    "Parameters": {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
                                   "MessageBody": {"token.$": "$$.Task.Token", "order.$": "$.order"}},
                    "ResultPath": "$.approval", "TimeoutSeconds": 60, "End": true}}}
                """.formatted(RESERVE));
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input(
                "{\"order\": \"o-1\", \"items\": [{\"sku\": \"a\"}, {\"sku\": \"b\"}]}")).executionArn();

        String token = tokenSentBy(execution);
        assertThat(sfn.describeExecution(b -> b.executionArn(execution)).status()).isEqualTo(ExecutionStatus.RUNNING);
        sfn.sendTaskHeartbeat(b -> b.taskToken(token));
        sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"approvedBy\": \"ops\"}"));

        DescribeExecutionResponse done = awaitEnd(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode output = Json.parse(done.output());
        assertThat(output.path("reservations")).isEqualTo(Json.parse(
                "[{\"reserved\": \"a\"}, {\"reserved\": \"b\"}]"));
        assertThat(output.path("approval")).isEqualTo(Json.parse("{\"approvedBy\": \"ops\"}"));
        List<String> types = sfn.getExecutionHistory(b -> b.executionArn(execution)).events().stream()
                .map(HistoryEvent::typeAsString).toList();
        assertThat(types).filteredOn("LambdaFunctionFailed"::equals).hasSize(2);
        assertThat(types).contains("MapStateSucceeded", "TaskSucceeded", "ExecutionSucceeded");

        // the task is closed: AWS's refusals
        assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}")))
                .isInstanceOf(TaskTimedOutException.class);
        assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken("not-a-token").output("{}")))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void failsACallbackTaskWithSendTaskFailure() throws Exception {
        String machine = create("Rejected", """
                {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
                  "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                  "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}},
                  "Catch": [{"ErrorEquals": ["Rejected"], "ResultPath": "$.why", "Next": "Sorry"}], "End": true},
                  "Sorry": {"Type": "Pass", "End": true}}}
                """);
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();
        String token = tokenSentBy(execution);
        assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(token).output("{not json")))
                .isInstanceOf(InvalidOutputException.class);
        sfn.sendTaskFailure(b -> b.taskToken(token).error("Rejected").cause("over budget"));
        DescribeExecutionResponse done = awaitEnd(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(done.output()).path("why").path("Error").asText()).isEqualTo("Rejected");
    }

    @Test
    void closingTheEndpointStopsWhatStillWaitsAndClosesItsRuntime() throws Exception {
        StepwiseServer own = StepwiseServer.builder().port(0).start();
        String execution;
        try (SfnClient client = SdkClients.sfn(own.uri())) {
            String machine = client.createStateMachine(b -> b.name("Waits").roleArn(ROLE).definition("""
                    {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
                      "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                      "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}}, "End": true}}}
                    """)).stateMachineArn();
            execution = client.startExecution(b -> b.stateMachineArn(machine)).executionArn();
        }
        LocalRuntime runtime = own.runtime();
        dev.stepwise.runtime.Execution waiting = runtime.execution(execution).orElseThrow();
        waiting.awaitTaskToken("Ask", Duration.ofSeconds(20));

        own.close();

        assertThat(waiting.status()).isEqualTo(dev.stepwise.runtime.ExecutionStatus.ABORTED);
        assertThat(waiting.history().get(waiting.history().size() - 1).type()).isEqualTo("ExecutionAborted");
        assertThatThrownBy(() -> runtime.start(waiting.stateMachine(), Json.NODES.objectNode()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void servesActivitiesToWorkersThatPoll() throws Exception {
        CreateActivityResponse created = sfn.createActivity(b -> b.name("approve")
                .tags(Tag.builder().key("team").value("ops").build()));
        String activity = created.activityArn();
        assertThat(activity).isEqualTo("arn:aws:states:us-east-1:123456789012:activity:approve");
        assertThat(sfn.createActivity(b -> b.name("approve")).activityArn()).isEqualTo(activity); // idempotent
        // AWS (CreateActivity's API reference): a repeated request's tags are ignored, even when they differ
        sfn.createActivity(b -> b.name("approve").tags(Tag.builder().key("team").value("dev").build(),
                Tag.builder().key("cost").value("1").build()));
        DescribeActivityResponse described = sfn.describeActivity(b -> b.activityArn(activity));
        assertThat(described.name()).isEqualTo("approve");
        assertThat(described.creationDate()).isEqualTo(created.creationDate());
        assertThat(sfn.listActivities(b -> b.maxResults(1000)).activities()).extracting(ActivityListItem::activityArn)
                .contains(activity);
        assertThat(sfn.listTagsForResource(b -> b.resourceArn(activity)).tags())
                .extracting(Tag::key, Tag::value).containsExactly(org.assertj.core.groups.Tuple.tuple("team", "ops"));

        // nothing queued: the long poll ends empty
        GetActivityTaskResponse none = sfn.getActivityTask(b -> b.activityArn(activity).workerName("w-0"));
        assertThat(none.taskToken()).isNull();

        String machine = create("Approvals", """
                {"StartAt": "Approve", "States": {"Approve": {"Type": "Task", "Resource": "%s",
                  "TimeoutSeconds": 60, "End": true}}}
                """.formatted(activity));
        String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("{\"amount\": 12}"))
                .executionArn();
        GetActivityTaskResponse task = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while ((task == null || task.taskToken() == null) && System.nanoTime() < deadline) {
            task = sfn.getActivityTask(b -> b.activityArn(activity).workerName("w-1"));
        }
        assertThat(task.taskToken()).isNotNull();
        assertThat(Json.parse(task.input())).isEqualTo(Json.parse("{\"amount\": 12}"));
        String token = task.taskToken();
        sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"approved\": true}"));
        DescribeExecutionResponse done = awaitEnd(execution);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.output()).isEqualTo("{\"approved\":true}");
        assertThat(sfn.getExecutionHistory(b -> b.executionArn(execution)).events())
                .extracting(HistoryEvent::typeAsString).contains("ActivityScheduled", "ActivityStarted",
                        "ActivitySucceeded");

        sfn.deleteActivity(b -> b.activityArn(activity));
        assertThatThrownBy(() -> sfn.describeActivity(b -> b.activityArn(activity)))
                .isInstanceOf(ActivityDoesNotExistException.class);
        assertThatThrownBy(() -> sfn.describeActivity(b -> b.activityArn(machine)))
                .isInstanceOf(InvalidArnException.class);
    }

    @Test
    void runsEveryExecutionAtOnceWhileOthersWait() throws Exception {
        String waiting = create("Sleeper", """
                {"StartAt": "Sleep", "States": {"Sleep": {"Type": "Wait", "Seconds": 3600, "End": true}}}
                """);
        // more waiting executions than the runtime's pool has threads (at least 4, two per processor)
        int sleepers = 4 * Runtime.getRuntime().availableProcessors() + 4;
        List<String> asleep = new ArrayList<>();
        for (int i = 0; i < sleepers; i++) {
            asleep.add(sfn.startExecution(b -> b.stateMachineArn(waiting)).executionArn());
        }
        String quick = create("Quick", """
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}
                """);
        String execution = sfn.startExecution(b -> b.stateMachineArn(quick)).executionArn();
        assertThat(awaitEnd(execution).status()).isEqualTo(ExecutionStatus.SUCCEEDED);

        // each sleeper wakes to be stopped at once
        for (String sleeper : asleep) {
            sfn.stopExecution(b -> b.executionArn(sleeper));
        }
        assertThat(sfn.describeExecution(b -> b.executionArn(asleep.get(sleepers - 1))).status())
                .isEqualTo(ExecutionStatus.ABORTED);
    }
}
