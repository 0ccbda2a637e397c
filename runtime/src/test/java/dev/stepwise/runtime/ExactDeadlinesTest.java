package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.clock.VirtualClock;
import dev.stepwise.runtime.history.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The deadlines of the examples fire at their exact virtual instant while the handler sleeps. */
class ExactDeadlinesTest {

    private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:work";

    private static Duration since(Instant start, Execution execution, String type) {
        HistoryEvent event = execution.history().stream().filter(e -> e.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + execution.history()));
        return Duration.between(start, event.timestamp());
    }

    private static String machine(String taskFields, String top) {
        return "{" + top + "'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + FN + "'" + taskFields
                + ",'End':true}" + (taskFields.contains("'Catch'") ? ",'Caught':{'Type':'Pass','End':true}" : "")
                + "}}";
    }

    @Test
    void aMissedHeartbeatTimesOutAtTheHeartbeatDeadlineNotWhenTheHandlerReturns() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).handler(FN, (input, ctx) -> {
            ctx.clock().sleep(Duration.ofMinutes(90));
            return input;
        }).build();
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(json(machine(",'HeartbeatSeconds':3600,"
                + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Caught'}]", ""))), json("{}")).await();

        assertThat(since(start, execution, "LambdaFunctionTimedOut")).isEqualTo(Duration.ofHours(1));
        assertThat(execution.output()).isEqualTo(json("{'Error':'States.Timeout','Cause':''}"));
    }

    @Test
    void heartbeatsDoNotMoveTheTasksTimeoutWhichItsCatchHandles() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).handler(FN, (input, ctx) -> {
            for (int hour = 0; hour < 100; hour++) {
                ctx.clock().sleep(Duration.ofHours(1));
                ctx.heartbeat();
            }
            return input;
        }).build();
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(json(machine(",'TimeoutSeconds':172800,"
                + "'HeartbeatSeconds':7200,'Catch':[{'ErrorEquals':['States.Timeout'],'Next':'Caught'}]",
                "'TimeoutSeconds':604800,"))), json("{}")).await();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(since(start, execution, "LambdaFunctionTimedOut")).isEqualTo(Duration.ofHours(48));
        assertThat(execution.output()).isEqualTo(json("{'Error':'States.Timeout','Cause':''}"));
        assertThat(since(start, execution, "ExecutionSucceeded")).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void theExecutionTimesOutAtExactlyItsDeadlineWhileAHandlerSleeps() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).handler(FN, (input, ctx) -> {
            ctx.clock().sleep(Duration.ofHours(77));
            return input;
        }).build();
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(json(machine("", "'TimeoutSeconds':259200,"))),
                json("{}")).await();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(since(start, execution, "ExecutionTimedOut")).isEqualTo(Duration.ofHours(72));
        assertThat(execution.stopDate()).isEqualTo(start.plus(Duration.ofHours(72)));
    }

    @Test
    void aWaitPastTheExecutionsDeadlineEndsItAtTheDeadlineNotANanosecondLater() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(json("{'TimeoutSeconds':60,'StartAt':'W','States':{"
                + "'W':{'Type':'Wait','Seconds':3600,'End':true}}}")), json("{}")).await();

        assertThat(since(start, execution, "ExecutionTimedOut")).isEqualTo(Duration.ofSeconds(60));
    }
}
