package dev.stepwise.runtime.operations;

import static dev.stepwise.runtime.operations.Machines.count;
import static dev.stepwise.runtime.operations.Machines.json;
import static dev.stepwise.runtime.operations.Machines.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.StateMachineSettings;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.clock.VirtualClock;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import dev.stepwise.runtime.task.TaskHandler;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** RedriveExecution: where a redrive resumes, what it reruns, and when AWS refuses it. */
class RedriveTest {

    /** Fails while {@code broken} is set; counts its calls per input. */
    private final AtomicBoolean broken = new AtomicBoolean(true);
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    private TaskHandler flaky(JsonNode failOn) {
        return (input, ctx) -> {
            calls.computeIfAbsent(Json.write(input), k -> new AtomicInteger()).incrementAndGet();
            if (broken.get() && (failOn == null || input.equals(failOn))) {
                throw new StatesError("Downstream.Unavailable", "try later");
            }
            return input;
        };
    }

    private int callsFor(String inputJson) {
        AtomicInteger n = calls.get(Json.write(json(inputJson)));
        return n == null ? 0 : n.get();
    }

    @Test
    void aRedriveResumesAtTheFailedStateWithItsInputAndCountsTheRedrive() {
        AtomicInteger prepared = new AtomicInteger();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("Prepare", (input, ctx) -> {
                    prepared.incrementAndGet();
                    return json("{'prepared':true}");
                })
                .stateHandler("Charge", flaky(null)).build();
        StateMachine machine = runtime.load("Checkout", json("{'StartAt':'Prepare','States':{"
                + "'Prepare':{'Type':'Task','Resource':'" + Machines.FN + "','Next':'Charge'},"
                + "'Charge':{'Type':'Task','Resource':'" + Machines.FN + "','End':true}}}"));
        Execution execution = runtime.start(machine, "c1", json("{'order':7}")).await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        int eventsBefore = execution.history().size();

        broken.set(false);
        execution.redrive().await();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("{'prepared':true}"));
        assertThat(execution.redriveCount()).isEqualTo(1);
        assertThat(execution.describe().redriveDate()).isNotNull();
        assertThat(prepared).hasValue(1);
        List<HistoryEvent> events = execution.history();
        HistoryEvent redriven = events.get(eventsBefore);
        assertThat(redriven.type()).isEqualTo("ExecutionRedriven");
        assertThat(redriven.previousEventId()).isEqualTo(eventsBefore);
        assertThat(redriven.detail("redriveCount").asInt()).isEqualTo(1);
        assertThat(events.get(eventsBefore + 1).type()).isEqualTo("TaskStateEntered");
        assertThat(events.get(eventsBefore + 1).detail("name").asText()).isEqualTo("Charge");
        assertThat(events.get(eventsBefore + 1).detail("input")).isEqualTo(json("{'prepared':true}"));
        assertThat(types(execution).get(events.size() - 1)).isEqualTo("ExecutionSucceeded");
    }

    @Test
    void aRedriveResumesWithTheVariablesAssignedBeforeTheFailure() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("Charge", flaky(json("{'item':2,'order':7,'fee':5}"))).build();
        StateMachine machine = runtime.load("Variables", json("{'QueryLanguage':'JSONata','StartAt':'Prepare',"
                + "'States':{'Prepare':{'Type':'Pass','Assign':{'order':'{% $states.input.order %}'},'Next':'Items'},"
                + "'Items':{'Type':'Map','Items':[1,2],'ItemProcessor':{'StartAt':'Fee','States':{"
                + "'Fee':{'Type':'Pass','Assign':{'fee':'{% $states.input * 5 - 5 %}'},'Next':'Charge'},"
                + "'Charge':{'Type':'Task','Resource':'" + Machines.FN + "',"
                + "'Arguments':{'item':'{% $states.input %}','order':'{% $order %}','fee':'{% $fee %}'},"
                + "'End':true}}},'End':true}}}"));
        Execution execution = runtime.start(machine, "v1", json("{'order':7}")).await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);

        broken.set(false);
        execution.redrive().await();

        // The machine's $order and the failed iteration's own $fee were assigned before the stop; neither Pass reran.
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("[{'item':1,'order':7,'fee':0},{'item':2,'order':7,'fee':5}]"));
        assertThat(callsFor("{'item':1,'order':7,'fee':0}")).isEqualTo(1);
        assertThat(callsFor("{'item':2,'order':7,'fee':5}")).isEqualTo(2);
        assertThat(execution.history().stream().filter(e -> e.type().equals("PassStateEntered"))).hasSize(3);
    }

    @Test
    void aRedriveRerunsOnlyTheMapIterationsThatDidNotSucceed() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("Work", flaky(json("{'id':3}"))).build();
        StateMachine machine = runtime.load("Batch", json("{'StartAt':'Each','States':{'Each':{'Type':'Map',"
                + "'ItemProcessor':{'StartAt':'Work','States':{'Work':{'Type':'Task','Resource':'" + Machines.FN
                + "','End':true}}},'End':true}}}"));
        Execution execution = runtime.start(machine, json("[{'id':1},{'id':2},{'id':3},{'id':4}]")).await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);

        broken.set(false);
        execution.redrive().await();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("[{'id':1},{'id':2},{'id':3},{'id':4}]"));
        assertThat(callsFor("{'id':1}")).isEqualTo(1);
        assertThat(callsFor("{'id':2}")).isEqualTo(1);
        assertThat(callsFor("{'id':3}")).isEqualTo(2);
        assertThat(callsFor("{'id':4}")).isEqualTo(1);
    }

    @Test
    void aMapThatSucceededOnItsRetryLeavesNothingForARedriveThatComesBackToIt() {
        AtomicBoolean workFailedOnce = new AtomicBoolean();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("Prep", (input, ctx) -> {
                    calls.computeIfAbsent("prep " + input.path("id"), k -> new AtomicInteger()).incrementAndGet();
                    return input;
                })
                .stateHandler("Work", (input, ctx) -> {
                    calls.computeIfAbsent("work " + input.path("id"), k -> new AtomicInteger()).incrementAndGet();
                    if (input.path("id").asInt() == 3 && workFailedOnce.compareAndSet(false, true)) {
                        throw new StatesError("Downstream.Unavailable", "once");
                    }
                    return input;
                })
                .stateHandler("Later", (input, ctx) -> {
                    if (broken.get()) {
                        throw new StatesError("Downstream.Unavailable", "try later");
                    }
                    return json("{'items':[{'id':1},{'id':3}],'round':" + (input.path("round").asInt() + 1) + "}");
                }).build();
        StateMachine machine = runtime.load("Loop", json("{'StartAt':'Each','States':{'Each':{'Type':'Map',"
                + "'ItemsPath':'$.items','ItemProcessor':{'StartAt':'Prep','States':{"
                + "'Prep':{'Type':'Task','Resource':'" + Machines.FN + "','Next':'Work'},"
                + "'Work':{'Type':'Task','Resource':'" + Machines.FN + "','End':true}}},"
                + "'Retry':[{'ErrorEquals':['Downstream.Unavailable'],'MaxAttempts':1}],"
                + "'ResultPath':'$.done','Next':'Later'},"
                + "'Later':{'Type':'Task','Resource':'" + Machines.FN + "','Next':'Again'},"
                + "'Again':{'Type':'Choice','Choices':[{'Variable':'$.round','NumericLessThan':2,'Next':'Each'}],"
                + "'Default':'Done'},'Done':{'Type':'Succeed'}}}"));
        Execution execution = runtime.start(machine, json("{'items':[{'id':1},{'id':3}],'round':0}")).await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(calls.get("prep 3")).hasValue(2); // the Map's first attempt stopped item 3 at Work
        assertThat(calls.get("work 1")).hasValue(2);

        broken.set(false);
        execution.redrive().await();

        // The redrive resumes at Later and loops back to the Map: a new run of it, every item from its first state.
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(calls.get("prep 3")).hasValue(3);
        assertThat(calls.get("work 3")).hasValue(3);
        assertThat(calls.get("work 1")).hasValue(3);
    }

    @Test
    void aRedriveRerunsOnlyTheFailedParallelBranchFromItsFailedState() {
        AtomicInteger firstStepOfB = new AtomicInteger();
        AtomicInteger branchA = new AtomicInteger();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("A", (input, ctx) -> {
                    branchA.incrementAndGet();
                    return json("'a'");
                })
                .stateHandler("B1", (input, ctx) -> {
                    firstStepOfB.incrementAndGet();
                    return json("{'step':1}");
                })
                .stateHandler("B2", flaky(null)).build();
        StateMachine machine = runtime.load("Fan", json("{'StartAt':'Par','States':{'Par':{'Type':'Parallel',"
                + "'Branches':[{'StartAt':'A','States':{'A':{'Type':'Task','Resource':'" + Machines.FN
                + "','End':true}}},{'StartAt':'B1','States':{'B1':{'Type':'Task','Resource':'" + Machines.FN
                + "','Next':'B2'},'B2':{'Type':'Task','Resource':'" + Machines.FN + "','End':true}}}],"
                + "'End':true}}}"));
        Execution execution = runtime.start(machine, json("{}")).await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);

        broken.set(false);
        execution.redrive().await();

        assertThat(execution.output()).isEqualTo(json("['a',{'step':1}]"));
        assertThat(branchA).hasValue(1);
        assertThat(firstStepOfB).hasValue(1);
        assertThat(callsFor("{'step':1}")).isEqualTo(2);
    }

    @Test
    void eachRedriveCountsAndAFailedRedriveCanBeRedrivenAgain() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("Charge", flaky(null)).build();
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'Charge','States':{'Charge':{"
                + "'Type':'Task','Resource':'" + Machines.FN + "','End':true}}}")), json("{}")).await();
        execution.redrive().await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        broken.set(false);
        execution.redrive().await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.redriveCount()).isEqualTo(2);
        assertThat(count(execution, "ExecutionRedriven")).isEqualTo(2);
        assertThat(execution.describe().input()).isEqualTo(json("{}"));
    }

    @Test
    void aSucceededExecutionCannotBeRedriven() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'P','States':{'P':{'Type':'Pass',"
                + "'End':true}}}")), json("{}")).await();
        assertThatThrownBy(execution::redrive).isInstanceOfSatisfying(ApiRefusedException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("ExecutionNotRedrivable");
            assertThat(e.getMessage()).contains("SUCCEEDED");
        });
        assertThat(execution.redriveCount()).isZero();
    }

    /**
     * AWS: a redrive is allowed for 14 days after the execution stops, and never once a year has passed since it
     * started (RedriveExecution API reference; DescribeExecution's redriveStatusReason).
     */
    @Test
    void aRedriveComesWithinFourteenDaysOfTheStopAndAYearOfTheStart() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        StateMachine machine = runtime.load(json("{'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':1,"
                + "'Next':'F'},'F':{'Type':'Fail','Error':'Broken'}}}"));
        Execution late = runtime.start(machine, json("{}")).await();
        clock.advance(Duration.ofDays(14).minusSeconds(1));
        assertThat(late.notRedrivableReason()).isNull();
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(late::redrive).isInstanceOfSatisfying(ApiRefusedException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("ExecutionNotRedrivable");
            assertThat(e.getMessage()).endsWith("Execution redrivable period exceeded");
        });

        Execution old = runtime.start(machine, json("{}")).await();
        for (int i = 0; i < 27; i++) { // redriven every 13 days, the window never lapses, but the year does
            clock.advance(Duration.ofDays(13));
            old.redrive().await();
        }
        clock.advance(Duration.ofDays(14).minusSeconds(1));
        assertThat(old.notRedrivableReason()).isEqualTo("Execution has exceeded the max execution time");
        assertThat(old.redriveCount()).isEqualTo(27);
    }

    @Test
    void expressExecutionsCannotBeRedriven() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        StateMachine machine = runtime.load("Fast", json("{'StartAt':'F','States':{'F':{'Type':'Fail'}}}"),
                StateMachineSettings.of(StateMachineType.EXPRESS, LoggingConfiguration.OFF));
        Execution execution = runtime.start(machine, json("{}")).await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThatThrownBy(execution::redrive).isInstanceOf(ApiRefusedException.class)
                .hasMessageContaining("Express");
    }

    @Test
    void aRunningExecutionCannotBeRedriven() {
        LocalRuntime runtime = LocalRuntime.builder().build();
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'W','States':{'W':{'Type':'Wait',"
                + "'Seconds':30,'End':true}}}")), json("{}"));
        try {
            assertThatThrownBy(execution::redrive).isInstanceOf(ApiRefusedException.class)
                    .hasMessageContaining("RUNNING");
        } finally {
            execution.stop();
        }
    }

    @Test
    void aStoppedExecutionResumesAtTheAbortedState() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch blocking = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger blocked = new AtomicInteger();
        AtomicInteger before = new AtomicInteger();
        LocalRuntime runtime = LocalRuntime.builder()
                .stateHandler("Before", (input, ctx) -> {
                    before.incrementAndGet();
                    return input;
                })
                .stateHandler("Block", (input, ctx) -> {
                    blocked.incrementAndGet();
                    blocking.countDown();
                    release.await();
                    return json("{'blocked':true}");
                }).build();
        StateMachine machine = runtime.load("Holds", json("{'StartAt':'Before','States':{"
                + "'Before':{'Type':'Task','Resource':'" + Machines.FN + "','Next':'Block'},"
                + "'Block':{'Type':'Task','Resource':'" + Machines.FN + "','Next':'Done'},"
                + "'Done':{'Type':'Pass','End':true}}}"));
        Execution execution = runtime.start(machine, json("{}"));
        assertThat(blocking.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue(); // stop while Block runs
        execution.stop();
        release.countDown();
        assertThat(execution.await(java.time.Duration.ofSeconds(5))).isTrue();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(types(execution)).endsWith("TaskStateAborted", "ExecutionAborted");

        execution.redrive();
        assertThat(execution.await(java.time.Duration.ofSeconds(5))).isTrue();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("{'blocked':true}"));
        assertThat(blocked).hasValue(2);
        assertThat(before).hasValue(1);
        List<String> types = types(execution);
        assertThat(types.subList(types.indexOf("ExecutionRedriven"), types.size())).startsWith(
                "ExecutionRedriven", "TaskStateEntered").endsWith("PassStateEntered", "PassStateExited",
                "ExecutionSucceeded");
    }

    @Test
    void aRedrivenExecutionKeepsTheDefinitionItStartedWith() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("Charge", flaky(null)).build();
        StateMachine v1 = runtime.load("Pay", json("{'StartAt':'Charge','States':{'Charge':{'Type':'Task',"
                + "'Resource':'" + Machines.FN + "','Next':'Tag'},'Tag':{'Type':'Pass','Result':'v1','End':true}}}"));
        Execution execution = runtime.start(v1, json("{}")).await();
        runtime.load("Pay", json("{'StartAt':'Tag','States':{'Tag':{'Type':'Pass','Result':'v2','End':true}}}"));
        broken.set(false);
        assertThat(execution.redrive().await().output()).isEqualTo(json("'v1'"));
    }
}
