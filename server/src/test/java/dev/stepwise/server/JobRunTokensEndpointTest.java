package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.LocalRuntime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * The recorded callback test_sync_with_task_token through the endpoint: a {@code states:startExecution.sync} Task
 * hands its token to the job it starts, and SendTaskSuccess with that token ends the Task with the output sent, as
 * AWS recorded it (TaskSucceeded, TaskStateExited and ExecutionSucceeded carry it), while the job still runs.
 */
class JobRunTokensEndpointTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/local";
    private static final String JOB = "arn:aws:states:::states:startExecution.sync";

    @Test
    void sendTaskSuccessWithAJobsTokenEndsTheTaskAsAwsRecorded() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        CompletableFuture<String> received = new CompletableFuture<>();
        LocalRuntime.Builder runtime = LocalRuntime.builder().handler(JOB, (input, context) -> {
            received.complete(input.path("Input").path("TaskToken").asText()); // as the started execution sees it
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(60)); // the started execution, which never ends by itself
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return Json.parse("{\"Output\": \"the job's own\"}");
        });
        try (StepwiseServer server = StepwiseServer.builder().port(0).runtime(runtime).start();
                SfnClient sfn = SdkClients.sfn(server.uri())) {
            String machine = sfn.createStateMachine(b -> b.name("SyncWithTaskToken").roleArn(ROLE).definition("""
                    {"Comment": "SFN_START_EXECUTION_SYNC_WITH_TASK_TOKEN", "StartAt": "StartExecution",
                     "States": {"StartExecution": {"Type": "Task", "Resource": "%s",
                       "Parameters": {"StateMachineArn.$": "$.StateMachineArn", "Name.$": "$.Name",
                                      "Input": {"QueueUrl.$": "$.QueueUrl", "TaskToken.$": "$$.Task.Token"}},
                       "HeartbeatSeconds": 1, "End": true}}}
                    """.formatted(JOB))).stateMachineArn();
            String execution = sfn.startExecution(b -> b.stateMachineArn(machine).input("""
                    {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:child",
                     "Name": "child-1", "QueueUrl": "sqs_queue_url"}""")).executionArn();

            String token = received.get(20, TimeUnit.SECONDS);
            assertThat(scheduledParameters(sfn, execution).path("Input").path("TaskToken").asText())
                    .isEqualTo(token);
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
            while (System.nanoTime() < until) { // past HeartbeatSeconds: the heartbeats keep the job alive
                sfn.sendTaskHeartbeat(b -> b.taskToken(token));
                Thread.sleep(200);
            }
            sfn.sendTaskSuccess(b -> b.taskToken(token).output("\"SQS_SEND_MESSAGE_AND_WAIT\""));

            DescribeExecutionResponse done = awaitEnd(sfn, execution);
            assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(done.output()).isEqualTo("\"SQS_SEND_MESSAGE_AND_WAIT\"");
            List<HistoryEvent> events = sfn.getExecutionHistory(b -> b.executionArn(execution)).events();
            assertThat(events).extracting(HistoryEvent::typeAsString).containsExactly("ExecutionStarted",
                    "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded",
                    "TaskStateExited", "ExecutionSucceeded");
            HistoryEvent succeeded = events.get(5);
            assertThat(succeeded.taskSucceededEventDetails().output()).isEqualTo("\"SQS_SEND_MESSAGE_AND_WAIT\"");
            assertThat(succeeded.taskSucceededEventDetails().resource()).isEqualTo("startExecution.sync");
            assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> sfn.sendTaskSuccess(b -> b.taskToken(token).output("{}")))
                    .isInstanceOf(TaskTimedOutException.class);
        }
    }

    private static JsonNode scheduledParameters(SfnClient sfn, String execution) {
        return sfn.getExecutionHistory(b -> b.executionArn(execution)).events().stream()
                .filter(event -> event.type() == HistoryEventType.TASK_SCHEDULED).findFirst()
                .map(event -> Json.parse(event.taskScheduledEventDetails().parameters())).orElseThrow();
    }

    private static DescribeExecutionResponse awaitEnd(SfnClient sfn, String execution) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        DescribeExecutionResponse described;
        do {
            Thread.sleep(10);
            described = sfn.describeExecution(b -> b.executionArn(execution));
        } while (described.status() == ExecutionStatus.RUNNING && System.nanoTime() < deadline);
        return described;
    }
}
