package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.mock.TestStateMock;
import dev.stepwise.runtime.task.TaskHandler;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Activity, .sync and .waitForTaskToken Tasks wait for an answer from outside, which TestState has no way to send:
 * AWS's TestState runs them only with a mock ("Without a mock, invoking these states via TestState API will return a
 * validation exception", test-state-isolation). Locally a handler that answers the Task stands in for the mock. A
 * state that outlives TestState's time fails with States.Timeout (API reference: TestState).
 */
class TestStateWaitingTasksTest {

    private static final String CALLBACK_ARN = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
    private static final JsonNode CALLBACK = json("{'Type':'Task','Resource':'" + CALLBACK_ARN + "',"
            + "'Parameters':{'QueueUrl':'q','MessageBody':{'token.$':'$$.Task.Token'}},'End':true}");
    private static final JsonNode ACTIVITY = json("{'Type':'Task',"
            + "'Resource':'arn:aws:states:us-east-1:123456789012:activity:review','End':true}");
    private static final JsonNode SYNC = json("{'Type':'Task','Resource':'arn:aws:states:::states:startExecution.sync:2',"
            + "'Parameters':{'StateMachineArn':'arn:aws:states:us-east-1:123456789012:stateMachine:child'},"
            + "'End':true}");

    @Test
    void withoutAMockTheyAreRefusedAsAwsRefusesThemInsteadOfWaitingForever() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

        for (JsonNode state : new JsonNode[] {CALLBACK, ACTIVITY, SYNC}) {
            assertThatThrownBy(() -> runtime.testState(state, json("{}")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("TestState runs an activity, .sync or .waitForTaskToken Task only with a mock (or a "
                            + "handler that answers it), as AWS's TestState does: 'TestState' would wait for an "
                            + "answer nothing sends");
        }
        // a handler that only makes the service call still leaves the callback waiting for its token
        LocalRuntime submitting = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(CALLBACK_ARN, TaskHandler.submitting((input, context) -> json("{}"))).build();
        assertThatThrownBy(() -> submitting.testState(CALLBACK, json("{}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMockOrAHandlerThatAnswersRunsThem() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        TestStateResult mocked = runtime.testState(CALLBACK, json("{}"), TestStateMock.result(json("{'ok':1}")));
        assertThat(mocked.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(mocked.output()).isEqualTo(json("{'ok':1}"));

        LocalRuntime answering = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(CALLBACK_ARN, (input, context) -> json("{'answered':true}")).build();
        assertThat(answering.testState(CALLBACK, json("{}")).output()).isEqualTo(json("{'answered':true}"));
    }

    @Test
    void aStateThatOutlivesTheTimeItIsGivenFailsWithStatesTimeoutNotAnInternalError() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler("arn:aws:states:::lambda:invoke", (input, context) -> {
                    context.clock().sleep(Duration.ofDays(800));
                    return json("{}");
                }).build();

        TestStateResult result = runtime.testState(json("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
                + "'TimeoutSeconds':99999999,'Parameters':{'FunctionName':'slow'},'End':true}"), json("{}"));

        assertThat(result.status()).isEqualTo(TestStateStatus.FAILED);
        assertThat(result.error()).isEqualTo("States.Timeout");
        assertThat(result.cause()).doesNotContain("Internal error");
    }
}
