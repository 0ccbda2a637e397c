package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.clock.VirtualClock;
import dev.stepwise.runtime.history.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Parallel branches and Map iterations run concurrently in virtual time (each from the state's start, as on AWS),
 * yet record the same history on every run; a failing branch stops its sleeping siblings at once.
 */
class VirtualTimeConcurrencyTest {

    private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:work";

    private static long at(Execution execution, Instant start, String type, int index) {
        return Duration.between(start, execution.history().stream().filter(e -> e.type().equals(type))
                .toList().get(index).timestamp()).getSeconds();
    }

    @Test
    void parallelBranchesWaitAtTheSameTimeSoTheExecutionEndsBeforeItsTimeout() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(json("{'TimeoutSeconds':15,'StartAt':'Both','States':{"
                + "'Both':{'Type':'Parallel','End':true,'Branches':["
                + "{'StartAt':'A','States':{'A':{'Type':'Wait','Seconds':10,'End':true}}},"
                + "{'StartAt':'B','States':{'B':{'Type':'Wait','Seconds':12,'End':true}}}]}}}")), json("{}")).await();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(at(execution, start, "WaitStateExited", 0)).isEqualTo(10);
        assertThat(at(execution, start, "WaitStateExited", 1)).isEqualTo(12);
        assertThat(at(execution, start, "ExecutionSucceeded", 0)).isEqualTo(12);
    }

    @Test
    void mapIterationsRunAtMostMaxConcurrencyAtATime() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'Each','States':{'Each':{'Type':'Map',"
                + "'MaxConcurrency':2,'End':true,'ItemProcessor':{'StartAt':'Nap','States':{"
                + "'Nap':{'Type':'Wait','SecondsPath':'$.s','End':true}}}}}}")),
                json("[{'s':10},{'s':10},{'s':5},{'s':1}]")).await();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        // items 0 and 1 from 0 s, item 2 when the first slot frees at 10 s, item 3 at 10 s too
        assertThat(at(execution, start, "ExecutionSucceeded", 0)).isEqualTo(15);
        assertThat(execution.output()).isEqualTo(json("[{'s':10},{'s':10},{'s':5},{'s':1}]"));
    }

    @Test
    void aFailingBranchStopsASiblingsSleepingHandlerAtOnce() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock)
                .stateHandler("Slow", (input, ctx) -> {
                    ctx.clock().sleep(Duration.ofHours(5));
                    return input;
                })
                .build();
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'Both','States':{"
                + "'Both':{'Type':'Parallel','End':true,'Branches':["
                + "{'StartAt':'Slow','States':{'Slow':{'Type':'Task','Resource':'" + FN + "','End':true}}},"
                + "{'StartAt':'Nap','States':{'Nap':{'Type':'Wait','Seconds':60,'Next':'Boom'},"
                + "'Boom':{'Type':'Fail','Error':'Boom'}}}]}}}")), json("{}")).await();

        assertThat(execution.error()).isEqualTo("Boom");
        assertThat(at(execution, start, "ExecutionFailed", 0)).isEqualTo(60);
    }

    @RepeatedTest(5)
    void concurrentBranchesRecordTheSameHistoryOnEveryRun() {
        String definition = "{'StartAt':'Both','States':{'Both':{'Type':'Parallel','End':true,'Branches':["
                + "{'StartAt':'A1','States':{'A1':{'Type':'Wait','Seconds':3,'Next':'A2'},"
                + "'A2':{'Type':'Task','Resource':'" + FN + "','End':true}}},"
                + "{'StartAt':'B1','States':{'B1':{'Type':'Task','Resource':'" + FN + "','Next':'B2'},"
                + "'B2':{'Type':'Wait','Seconds':3,'End':true}}},"
                + "{'StartAt':'C1','States':{'C1':{'Type':'Wait','Seconds':1,'Next':'C2'},"
                + "'C2':{'Type':'Task','Resource':'" + FN + "','End':true}}}]}}}";
        List<String> first = null;
        for (int run = 0; run < 20; run++) {
            LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                    .handler(FN, (input, ctx) -> {
                        ctx.clock().sleep(Duration.ofSeconds(2));
                        return input;
                    })
                    .build();
            Execution execution = runtime.start(runtime.load(json(definition)), json("{}")).await();
            List<String> events = execution.history().stream()
                    .map(e -> e.id() + "<" + e.previousEventId() + " " + e.type() + " " + e.timestamp())
                    .toList();
            if (first == null) {
                first = events;
            }
            assertThat(events).isEqualTo(first);
        }
        assertThat(first).anyMatch(event -> event.contains("ExecutionSucceeded 2024-01-01T00:00:05Z"));
    }
}
