package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.history.HistoryEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A Task whose result is past 256 KiB fails as a task, with {@code States.DataLimitExceeded}, before its
 * ResultSelector runs, and its Retry and Catch handle that failure, States.ALL included: recorded on AWS in the
 * conformance cases {@code error_handling__test_service_task_lambada_catch_state_all_data_limit_exceeded_on_large}
 * (TaskFailed, then a States.ALL catcher's Pass state, SUCCEEDED) and
 * {@code error_handling__test_task_lambda_catch_state_all_data_limit_exceeded_on_large_utf8_res} (a Lambda ARN:
 * LambdaFunctionFailed, the cause naming the function).
 */
class TaskResultLimitTest {

    private static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:big";
    private static final JsonNode TOO_LARGE = Json.NODES.objectNode().put("Payload", "é".repeat(140_000));

    private static final String UNRELATED_CATCH = ",'Catch':[{'ErrorEquals':['Unrelated'],'Next':'Handled'}]";

    private static JsonNode machine(String resource, String handling) {
        return json("{'StartAt':'Invoke','States':{'Invoke':{'Type':'Task','Resource':'" + resource + "',"
                + "'ResultSelector':{'small':true},'Next':'Done'" + handling + "},"
                + "'Done':{'Type':'Pass','End':true},'Handled':{'Type':'Pass','End':true}}}");
    }

    private static Execution run(JsonNode definition, AtomicInteger calls) {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("Invoke", (input, context) -> {
                    calls.incrementAndGet();
                    return TOO_LARGE;
                }).build();
        return runtime.start(runtime.load(definition), json("{}")).await();
    }

    private static List<String> types(Execution ex) {
        return ex.history().stream().map(HistoryEvent::type).toList();
    }

    @Test
    void statesAllCatchesAnIntegrationsResultPastTheLimit() {
        Execution ex = run(machine("arn:aws:states:::lambda:invoke",
                ",'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Handled'}]"), new AtomicInteger());
        assertThat(ex.status()).as(ex.error() + ": " + ex.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.output().path("Error").asText()).isEqualTo("States.DataLimitExceeded");
        assertThat(ex.output().path("Cause").asText()).isEqualTo("The state/task 'lambda' returned a result with a"
                + " size exceeding the maximum number of bytes service limit.");
        assertThat(types(ex)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted",
                "TaskFailed", "TaskStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    }

    @Test
    void aLambdaArnsResultPastTheLimitNamesTheFunction() {
        Execution ex = run(machine(FUNCTION, UNRELATED_CATCH), new AtomicInteger());
        assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ex.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(ex.cause()).isEqualTo("The state/task '" + FUNCTION
                + "' returned a result with a size exceeding the maximum number of bytes service limit.");
        assertThat(types(ex)).containsSubsequence("LambdaFunctionStarted", "LambdaFunctionFailed", "ExecutionFailed");
    }

    @Test
    void aRetrierNamingStatesAllRetriesIt() {
        AtomicInteger calls = new AtomicInteger();
        Execution ex = run(machine(FUNCTION,
                ",'Retry':[{'ErrorEquals':['States.ALL'],'MaxAttempts':2,'IntervalSeconds':1}]" + UNRELATED_CATCH), calls);
        assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(calls).hasValue(3);
    }

    @Test
    void aStateOutputPastTheLimitIsStillNotCaughtByStatesAll() {
        JsonNode half = Json.NODES.textNode("y".repeat(150_000));
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("Invoke", (input, context) -> half).build();
        JsonNode definition = json("{'StartAt':'Invoke','States':{'Invoke':{'Type':'Task','Resource':'" + FUNCTION
                + "','ResultPath':'$.result','Next':'Done','Catch':[{'ErrorEquals':['States.ALL'],'Next':'Done'}]},"
                + "'Done':{'Type':'Pass','End':true}}}");
        Execution ex = runtime.start(runtime.load(definition), Json.NODES.objectNode().set("s", half)).await();
        assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ex.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(ex.cause()).contains("'Invoke'");
    }
}
