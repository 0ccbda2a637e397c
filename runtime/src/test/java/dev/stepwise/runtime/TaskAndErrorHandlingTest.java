package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.clock.VirtualClock;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.workflow.ErrorName;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TaskAndErrorHandlingTest {

    private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:work";

    @ErrorName("Payment.Declined")
    static final class DeclinedException extends Exception {
        DeclinedException(String message) {
            super(message);
        }
    }

    /** A one-Task machine; the Catch target 'Caught' exists only when {@code extra} catches (AWS rejects orphans). */
    private static String task(String extra) {
        String caught = extra.contains("'Catch'") ? ",'Caught':{'Type':'Pass','End':true}" : "";
        return "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + FN + "'" + extra + ",'End':true}"
                + caught + "}}";
    }

    @Test
    void handlerResultFlowsThroughResultSelectorAndResultPath() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(FN, (input, ctx) -> json("{'total':" + (input.get("n").asInt() * 2) + ",'noise':1}"))
                .build();
        Execution ex = runtime.start(runtime.load(json(task(",'ResultSelector':{'t.$':'$.total'},"
                + "'ResultPath':'$.result'"))), json("{'n':21}")).await();
        assertThat(ex.output()).isEqualTo(json("{'n':21,'result':{'t':42}}"));
        assertThat(ex.history().stream().map(HistoryEvent::type).toList()).containsExactly("ExecutionStarted",
                "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded",
                "TaskStateExited", "ExecutionSucceeded");
    }

    @Test
    void retriesWithBackoffOnTheVirtualClockThenSucceeds() {
        VirtualClock clock = Clocks.virtual();
        AtomicInteger calls = new AtomicInteger();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).handler(FN, (input, ctx) -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("busy");
            }
            return ctx.contextObject().path("State").path("RetryCount");
        }).build();
        Execution ex = runtime.start(runtime.load(json(task(",'Retry':[{'ErrorEquals':['IllegalStateException'],"
                + "'IntervalSeconds':2,'BackoffRate':3,'MaxAttempts':5}]"))), json("{}")).await();
        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.output().asInt()).isEqualTo(2);
        // delays 2s then 6s
        List<HistoryEvent> events = ex.history();
        assertThat(Duration.between(events.get(0).timestamp(), events.get(events.size() - 1).timestamp()))
                .isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void exhaustedRetriesFallToCatchWithErrorOutput() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(FN, (input, ctx) -> {
                    throw new DeclinedException("card expired");
                }).build();
        Execution ex = runtime.start(runtime.load(json(task(",'Retry':[{'ErrorEquals':['Payment.Declined'],"
                + "'MaxAttempts':1}],'Catch':[{'ErrorEquals':['States.TaskFailed'],'Next':'Caught',"
                + "'ResultPath':'$.error'}]").replace(",'End':true},'Caught'", ",'Next':'Caught'},'Caught'"))),
                json("{'id':1}")).await();
        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.output()).isEqualTo(json("{'id':1,'error':{'Error':'Payment.Declined','Cause':'card expired'}}"));
        assertThat(ex.history().stream().filter(e -> e.type().equals("LambdaFunctionFailed")).count()).isEqualTo(2);
    }

    @Test
    void statesRuntimeIsNeverCaught() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(FN, (input, ctx) -> json("{}")).build();
        Execution ex = runtime.start(runtime.load(json(task(",'Parameters':{'x.$':'$.missing'},"
                + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Caught'}]")
                .replace(",'End':true},'Caught'", ",'Next':'Caught'},'Caught'"))), json("{}")).await();
        assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ex.error()).isEqualTo("States.Runtime");
    }

    @Test
    void handlerMayRaiseAStatesErrorDirectly() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("T", (input, ctx) -> {
                    throw new StatesError("Custom.Error", "explained");
                }).build();
        Execution ex = runtime.start(runtime.load(json(task(""))), json("{}")).await();
        assertThat(ex.error()).isEqualTo("Custom.Error");
        assertThat(ex.cause()).isEqualTo("explained");
    }

    @Test
    void unregisteredResourceFailsWithHowToRegister() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution ex = runtime.start(runtime.load(json(task(""))), json("{}")).await();
        assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ex.cause()).contains(FN).contains(".handler(").contains(".stateHandler(\"T\"");
    }

    /** A state's name given where a resource ARN goes would be a handler no Task ever reaches. */
    @Test
    void aResourceHandlerForSomethingThatIsNotAnArnIsRefusedAndTheStateHandlerNamed() {
        LocalRuntime.Builder builder = LocalRuntime.builder();

        assertThatThrownBy(() -> builder.handler("T", (input, ctx) -> input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'T' is not a resource ARN (arn:...), which every Task's Resource is: for the Task state"
                        + " named so, register stateHandler(\"T\", handler)");
        LocalRuntime runtime = builder.clock(Clocks.virtual()).handler(FN, (input, ctx) -> json("{'by':'resource'}"))
                .build();
        assertThat(runtime.start(runtime.load(json(task(""))), json("{}")).await().output())
                .isEqualTo(json("{'by':'resource'}"));
    }

    @Test
    void taskThatSleepsPastItsTimeoutTimesOut() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).handler(FN, (input, ctx) -> {
            ctx.clock().sleep(Duration.ofSeconds(11));
            return input;
        }).build();
        Execution ex = runtime.start(runtime.load(json(task(",'TimeoutSeconds':10"))), json("{}")).await();
        assertThat(ex.error()).isEqualTo("States.Timeout");
        assertThat(ex.history()).extracting(HistoryEvent::type).contains("LambdaFunctionTimedOut");
    }

    @Test
    void missedHeartbeatRaisesTimeoutWhichHeartbeatTimeoutCatches() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).handler(FN, (input, ctx) -> {
            ctx.clock().sleep(Duration.ofSeconds(4));
            ctx.heartbeat();
            ctx.clock().sleep(Duration.ofSeconds(6));
            return input;
        }).build();
        Execution ex = runtime.start(runtime.load(json(task(",'TimeoutSeconds':60,'HeartbeatSeconds':5,"
                + "'Retry':[{'ErrorEquals':['States.TaskFailed'],'MaxAttempts':3}]"))), json("{}")).await();
        assertThat(ex.error()).isEqualTo("States.Timeout"); // not retried: States.TaskFailed excludes timeouts
        assertThat(ex.history()).filteredOn(e -> e.type().equals("LambdaFunctionScheduled")).hasSize(1);
    }

    @Test
    void parametersPassTheAttemptsTaskTokenToTheHandler() {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).handler(FN, (input, ctx) -> {
            seen.add(input.get("token").asText() + " " + ctx.taskToken());
            if (seen.size() == 1) {
                throw new IllegalStateException("first attempt fails");
            }
            return input;
        }).build();
        Execution ex = runtime.start(runtime.load(json(task(",'Parameters':{'token.$':'$$.Task.Token'},"
                + "'Retry':[{'ErrorEquals':['States.ALL'],'MaxAttempts':1}]"))), json("{}")).await();
        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(seen).hasSize(2).allSatisfy(pair -> assertThat(pair.split(" ")[0]).isEqualTo(pair.split(" ")[1]));
        assertThat(seen.get(0)).isNotEqualTo(seen.get(1));
    }

    @Test
    void aCaughtTimeoutHasAnEmptyCauseAsOnAws() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).handler(FN, (input, ctx) -> {
            ctx.clock().sleep(Duration.ofSeconds(11));
            return input;
        }).build();
        Execution ex = runtime.start(runtime.load(json(task(",'TimeoutSeconds':10,"
                + "'Catch':[{'ErrorEquals':['States.Timeout'],'Next':'Caught'}]"))),
                json("{}")).await();
        assertThat(ex.output()).isEqualTo(json("{'Error':'States.Timeout','Cause':''}"));
        assertThat(ex.history()).filteredOn(event -> event.type().equals("LambdaFunctionTimedOut"))
                .singleElement().satisfies(event -> assertThat(event.detail("cause")).isNull());
    }

    @Test
    void serviceIntegrationsRecordTaskEventsWithParameters() {
        String sqs = "arn:aws:states:::sqs:sendMessage";
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(sqs, (input, ctx) -> json("{'MessageId':'m-1'}")).build();
        Execution ex = runtime.start(runtime.load(json("{'StartAt':'Send','States':{'Send':{'Type':'Task',"
                + "'Resource':'" + sqs + "','Parameters':{'MessageBody.$':'$.body'},'End':true}}}")),
                json("{'body':'hi'}")).await();
        HistoryEvent scheduled = ex.history().get(2);
        assertThat(scheduled.type()).isEqualTo("TaskScheduled");
        assertThat(scheduled.detail("resourceType").asText()).isEqualTo("sqs");
        assertThat(scheduled.detail("resource").asText()).isEqualTo("sendMessage");
        assertThat(scheduled.detail("parameters")).isEqualTo(json("{'MessageBody':'hi'}"));
        JsonNode asAws = scheduled.toJson().get("taskScheduledEventDetails");
        assertThat(asAws.get("parameters").asText()).isEqualTo("{\"MessageBody\":\"hi\"}");
        assertThat(Json.write(ex.output())).isEqualTo("{\"MessageId\":\"m-1\"}");
    }
}
