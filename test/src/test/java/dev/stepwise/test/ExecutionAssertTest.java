package dev.stepwise.test;

import static dev.stepwise.test.StepwiseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** Each assertion of {@link ExecutionAssert} passing, and failing with its message and the execution's path. */
class ExecutionAssertTest {

    /** reserve times out and is caught; charge is busy twice, retried, then paid; done (refund: declined cards). */
    private static final String SHOP = "{'StartAt':'reserve','States':{"
            + "'reserve':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','TimeoutSeconds':5,"
            + "'Catch':[{'ErrorEquals':['States.Timeout'],'ResultPath':'$.timeout','Next':'charge'}],'Next':'charge'},"
            + "'charge':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Retry':[{'ErrorEquals':"
            + "['Card.Busy'],'IntervalSeconds':1,'MaxAttempts':3}],'Catch':[{'ErrorEquals':['Card.Declined'],"
            + "'Next':'refund'}],'ResultPath':'$.charge','Next':'done'},"
            + "'done':{'Type':'Succeed'},'refund':{'Type':'Fail','Error':'Declined'}}}";
    private static final String REJECT = "{'StartAt':'check','States':{'check':{'Type':'Pass','Next':'no'},"
            + "'no':{'Type':'Fail','Error':'Rejected','Cause':'too big'}}}";
    private static final String SLOW = "{'TimeoutSeconds':60,'StartAt':'wait','States':{'wait':{'Type':'Wait',"
            + "'Seconds':3600,'End':true}}}";

    /** The shape a generated Output record has. */
    record Paid(boolean paid) {
    }

    record Order(int id, Paid charge, JsonNode timeout) {
    }

    private static JsonNode json(String singleQuoted) {
        return Json.parse(singleQuoted.replace('\'', '"'));
    }

    private static Execution shop() {
        AtomicInteger charges = new AtomicInteger();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("reserve", (input, ctx) -> {
                    ctx.clock().sleep(Duration.ofSeconds(10));
                    return input;
                })
                .stateHandler("charge", (input, ctx) -> {
                    if (charges.incrementAndGet() <= 2) {
                        throw new StatesError("Card.Busy", "try again");
                    }
                    return json("{'paid':true}");
                })
                .build();
        return runtime.start(runtime.load("Shop", json(SHOP)), "order-1", json("{'id':1}"));
    }

    private static Execution run(String definition) {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        return runtime.start(runtime.load("M", json(definition)), "run-1", json("{}"));
    }

    private static final String SHOP_PATH = "path of execution 'order-1' (SUCCEEDED):\n"
            + "  1. reserve\n"
            + "       ! States.Timeout, caught\n"
            + "  2. charge\n"
            + "       ! Card.Busy (try again), retried\n"
            + "       ! Card.Busy (try again), retried\n"
            + "  3. done";

    @Test
    void aRetryOfAnOuterParallelIsCreditedToItAfterAnInnerParallelFailed() {
        Execution run = run("{'StartAt':'par','States':{'par':{'Type':'Parallel',"
                + "'Retry':[{'ErrorEquals':['Deep'],'MaxAttempts':1,'IntervalSeconds':1}],'Branches':["
                + "{'StartAt':'in','States':{'in':{'Type':'Parallel','Branches':["
                + "{'StartAt':'f','States':{'f':{'Type':'Fail','Error':'Deep','Cause':'c'}}}],'End':true}}}],"
                + "'End':true}}}");
        // the inner Parallel fails without exiting: the outer one's retry and failure are the outer one's
        assertThat(run).retried("par", 1).retried("in", 0);
        assertThatThrownBy(() -> assertThat(run).retried("in", 1)).isInstanceOf(AssertionError.class);
    }

    @Test
    void succeededPassesAndFailsShowingThePath() {
        assertThat(shop()).succeeded();

        assertThatThrownBy(() -> assertThat(run(REJECT)).succeeded()).isInstanceOf(AssertionError.class)
                .hasMessage("\nExpecting execution 'run-1' to have status SUCCEEDED, but it is FAILED\n\n"
                        + "path of execution 'run-1' (FAILED: Rejected - too big):\n  1. check\n  2. no");
    }

    @Test
    void outputAsReadsTheOutputAsARecordForAssertJ() {
        assertThat(shop()).succeeded().outputAs(Order.class).extracting(Order::id, Order::charge).containsExactly(1, new Paid(true));
        assertThat(shop()).hasOutput("{\"id\":1,\"timeout\":{\"Error\":\"States.Timeout\",\"Cause\":\"\"},"
                + "\"charge\":{\"paid\":true}}").output().extracting(out -> out.get("charge"))
                .isEqualTo(json("{'paid':true}"));

        assertThatThrownBy(() -> assertThat(run(REJECT)).outputAs(Order.class))
                .hasMessageStartingWith("\nExpecting execution 'run-1' to have an output to read as Order, but it has "
                        + "none\n\npath of execution 'run-1'");
        assertThatThrownBy(() -> assertThat(shop()).outputAs(Paid.class))
                .hasMessageContaining("to have an output readable as " + Paid.class.getName() + ", but ")
                .hasMessageEndingWith(SHOP_PATH);
        assertThatThrownBy(() -> assertThat(shop()).hasOutput("{}"))
                .hasMessageStartingWith("\nExpecting execution 'order-1' to have output {}, but it has "
                        + "{\"id\":1,\"timeout\":");
        assertThatThrownBy(() -> assertThat(shop()).hasOutput("{a:1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the expected output is not valid JSON: ");
        // events that carry no error give null, not a NullPointerException
        org.assertj.core.api.Assertions.assertThat(ExecutionHistory.errors(shop(), "TaskStateEntered")).isNotEmpty()
                .containsOnlyNulls();
    }

    @Test
    void enteredStatesComparesTheWholePathInOrder() {
        assertThat(shop()).enteredStates("reserve", "charge", "done").entered("done", "reserve")
                .neverEntered("refund");

        assertThatThrownBy(() -> assertThat(shop()).enteredStates("reserve", "done"))
                .hasMessage("\nExpecting execution 'order-1' to enter exactly the states [reserve, done], but it "
                        + "entered [reserve, charge, done]\n\n" + SHOP_PATH);
        assertThatThrownBy(() -> assertThat(shop()).entered("refund", "done"))
                .hasMessageStartingWith("\nExpecting execution 'order-1' to enter [refund, done], but it never "
                        + "entered [refund]\n\n");
        assertThatThrownBy(() -> assertThat(shop()).neverEntered("charge"))
                .hasMessageStartingWith("\nExpecting execution 'order-1' never to enter [charge], but it entered "
                        + "[charge]\n\n");
    }

    @Test
    void aStateTheMachineDoesNotHaveFailsEveryAssertionNamingIt() {
        // neverEntered("refnud") or retried("chagre", 0) would hold of any execution: they cannot pass
        String noSuchState = "its state machine 'Shop' has no state named 'refnud'; its states are [reserve, charge, "
                + "done, refund]\n\n" + SHOP_PATH;
        assertThatThrownBy(() -> assertThat(shop()).neverEntered("refnud"))
                .hasMessage("\nExpecting execution 'order-1' never to enter [refnud], but " + noSuchState);
        assertThatThrownBy(() -> assertThat(shop()).retried("refnud", 0))
                .hasMessage("\nExpecting execution 'order-1' to retry state 'refnud' 0 times, but " + noSuchState);
        assertThatThrownBy(() -> assertThat(shop()).entered("done", "refnud"))
                .hasMessageStartingWith("\nExpecting execution 'order-1' to enter [done, refnud], but its state "
                        + "machine 'Shop' has no state named 'refnud'");
        assertThatThrownBy(() -> assertThat(shop()).enteredStates("reserve", "chagre", "dnoe"))
                .hasMessageStartingWith("\nExpecting execution 'order-1' to enter exactly the states [reserve, "
                        + "chagre, dnoe], but its state machine 'Shop' has no state named [chagre, dnoe]; ");
        assertThatThrownBy(() -> assertThat(shop()).caught("refnud", "X"))
                .hasMessageStartingWith("\nExpecting execution 'order-1' to catch X in state 'refnud', but its state "
                        + "machine 'Shop' has no state named 'refnud'");

        // states of Parallel branches and Map iterations are states of the machine too
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution nested = runtime.start(runtime.load("Nested", json("{'StartAt':'par','States':{'par':{'Type':"
                + "'Parallel','Branches':[{'StartAt':'a','States':{'a':{'Type':'Pass','End':true}}}],'Next':'map'},"
                + "'map':{'Type':'Map','ItemsPath':'$$.Execution.Input.items','ItemProcessor':{'StartAt':'each',"
                + "'States':{'each':{'Type':'Pass','End':true}}},'End':true}}}")), json("{'items':[]}"));
        assertThat(nested).succeeded().entered("par", "a", "map").neverEntered("each");
    }

    @Test
    void historyAssertionsFailWhenTheRuntimeKeepsNoHistory() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).keepHistory(false).build();
        Execution run = runtime.start(runtime.load("M", json(REJECT)), "run-1", json("{}"));

        String noHistory = "but its runtime kept no history to tell (LocalRuntime.Builder.keepHistory(false))\n\n"
                + "path of execution 'run-1' (FAILED: Rejected - too big):\n  (no state entered)";
        assertThat(run).failedWith("Rejected", "too big");
        assertThatThrownBy(() -> assertThat(run).neverEntered("no"))
                .hasMessage("\nExpecting execution 'run-1' never to enter [no], " + noHistory);
        assertThatThrownBy(() -> assertThat(run).retried("check", 0))
                .hasMessage("\nExpecting execution 'run-1' to retry state 'check' 0 times, " + noHistory);
        assertThatThrownBy(() -> assertThat(run).hasEventCount("TaskFailed", 0))
                .hasMessage("\nExpecting execution 'run-1' to record 0 TaskFailed events, " + noHistory);
        assertThatThrownBy(() -> assertThat(run).events("TaskFailed"))
                .hasMessageStartingWith("\nExpecting execution 'run-1' to have its TaskFailed events checked, but "
                        + "its runtime kept no history");
        assertThatThrownBy(() -> assertThat(run).history())
                .hasMessageStartingWith("\nExpecting execution 'run-1' to have its history checked, but its runtime "
                        + "kept no history");
    }

    @Test
    void anEventTypeStepFunctionsNeverRecordsFailsTheAssertionsNamingIt() {
        assertThatThrownBy(() -> assertThat(shop()).hasEventCount("TaskFail", 0))
                .hasMessage("\nExpecting execution 'order-1' to record 0 TaskFail events, but Step Functions "
                        + "records no event of the type TaskFail\n\n" + SHOP_PATH);
        assertThatThrownBy(() -> assertThat(shop()).events("TaskTimeout"))
                .hasMessageStartingWith("\nExpecting execution 'order-1' to have its TaskTimeout events checked, but "
                        + "Step Functions records no event of the type TaskTimeout\n\n");
        assertThatThrownBy(() -> assertThat(shop()).hasEventsInOrder("ExecutionStarted", "Retried", "Caught"))
                .hasMessageStartingWith("\nExpecting execution 'order-1' to record the events [ExecutionStarted, "
                        + "Retried, Caught] in this order, but Step Functions records no event of the types Caught, "
                        + "Retried\n\n");
    }

    @Test
    void hasOutputComparesJsonValuesAndSaysWhereTheyDiffer() {
        // States.MathAdd answers a BigInteger 3, which Jackson's equals holds different from the int 3 of the text
        Execution run = run("{'StartAt':'p','States':{'p':{'Type':'Pass','Parameters':{'sum.$':'States.MathAdd(1, 2)',"
                + "'price':2.50,'tags':['a','b'],'item':{'id':7}},'End':true}}}");
        assertThat(run).hasOutput("{\"sum\":3,\"price\":2.5,\"tags\":[\"a\",\"b\"],\"item\":{\"id\":7.0}}")
                .hasOutput("{\"item\":{\"id\":7},\"tags\":[\"a\",\"b\"],\"price\":2.50,\"sum\":3}");

        String output = "{\"sum\":3,\"price\":2.50,\"tags\":[\"a\",\"b\"],\"item\":{\"id\":7}}";
        assertThatThrownBy(() -> assertThat(run).hasOutput("{\"sum\":4,\"price\":2.50,\"tags\":[\"a\",\"b\"],"
                + "\"item\":{\"id\":7}}")).hasMessage("\nExpecting execution 'run-1' to have output {\"sum\":4,"
                        + "\"price\":2.50,\"tags\":[\"a\",\"b\"],\"item\":{\"id\":7}}, but it has " + output
                        + " ($.sum is 3, not 4)\n\npath of execution 'run-1' (SUCCEEDED):\n  1. p");
        // an IDE or build report shows the two outputs side by side, one field a line
        assertThatThrownBy(() -> assertThat(run).hasOutput("{\"sum\":4}"))
                .isInstanceOfSatisfying(AssertionFailedError.class, failure -> {
                    Assertions.assertThat(failure.getExpected().getValue())
                            .isEqualTo(Json.writePretty(Json.parse("{\"sum\":4}")));
                    Assertions.assertThat(failure.getActual().getValue()).isEqualTo(Json.writePretty(run.output()));
                });
        assertThatThrownBy(() -> assertThat(run).hasOutput("{\"sum\":3,\"price\":2.5,\"tags\":[\"a\"],"
                + "\"item\":{\"id\":7}}")).hasMessageContaining(" ($.tags has 2 elements, not 1)\n");
        assertThatThrownBy(() -> assertThat(run).hasOutput("{\"sum\":3,\"price\":2.5,\"tags\":[\"a\",\"b\"],"
                + "\"item\":{\"id\":\"7\"}}")).hasMessageContaining(" ($.item.id is 7, not \"7\")\n");
        assertThatThrownBy(() -> assertThat(run).hasOutput("{\"sum\":3,\"price\":2.5,\"tags\":[\"a\",\"b\"]}"))
                .hasMessageContaining(" ($ has the unexpected field 'item')\n");
        assertThatThrownBy(() -> assertThat(run).hasOutput("{\"sum\":3,\"price\":2.5,\"tags\":[\"a\",\"b\"],"
                + "\"item\":{\"id\":7},\"more\":null}")).hasMessageContaining(" ($ has no field 'more')\n");
        assertThatThrownBy(() -> assertThat(run(REJECT)).hasOutput("{}"))
                .hasMessageStartingWith("\nExpecting execution 'run-1' to have output {}, but it has none\n\n");
        for (ThrowingCallable nullExpected : java.util.List.<ThrowingCallable>of(
                () -> assertThat(run).hasOutput((String) null), () -> assertThat(run).hasOutput((JsonNode) null))) {
            assertThatThrownBy(nullExpected).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the expected output is a Java null; for a JSON null output give \"null\", and for an "
                            + "execution without output use output().isNull()");
        }
    }

    @Test
    void aParallelOrMapCatchesTheErrorOfAFailStateOrATaskInside() {
        // AWS records no error on a Fail state in a branch, nor on a failed Map iteration: it is read through them
        Execution parallel = run("{'StartAt':'par','States':{'par':{'Type':'Parallel','Branches':[{'StartAt':'b',"
                + "'States':{'b':{'Type':'Fail','Error':'Out.Of.Stock','Cause':'none left'}}}],'Catch':[{"
                + "'ErrorEquals':['States.ALL'],'Next':'sorry'}],'End':true},'sorry':{'Type':'Pass','End':true}}}");
        assertThat(parallel).succeeded().caught("par", "Out.Of.Stock");
        assertThatThrownBy(() -> assertThat(parallel).caught("par", "Other"))
                .hasMessage("\nExpecting execution 'run-1' to catch Other in state 'par', but the errors raised there "
                        + "were [Out.Of.Stock (none left), caught]\n\npath of execution 'run-1' (SUCCEEDED):\n"
                        + "  1. par\n       ! Out.Of.Stock (none left), caught\n  2. b\n  3. sorry");

        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("t", (input, ctx) -> {
                    throw new StatesError("Item.Bad", "item " + input.path("id").asText());
                })
                .build();
        Execution tasks = runtime.start(runtime.load("Items", json("{'StartAt':'map','States':{'map':{'Type':'Map',"
                + "'ItemProcessor':{'StartAt':'t','States':{'t':{'Type':'Task','Resource':"
                + "'arn:aws:states:::lambda:invoke','End':true}}},'Catch':[{'ErrorEquals':['Item.Bad'],'Next':'done'}],"
                + "'End':true},'done':{'Type':'Pass','End':true}}}")), json("[{'id':1}]"));
        assertThat(tasks).succeeded().caught("map", "Item.Bad");

        Execution dynamic = runtime.start(runtime.load("Dynamic", json("{'StartAt':'map','States':{'map':{'Type':"
                + "'Map','ItemProcessor':{'StartAt':'f','States':{'f':{'Type':'Fail','ErrorPath':'$.error',"
                + "'CausePath':'States.Format($.text, $.id)'}}},'Catch':[{'ErrorEquals':['States.ALL'],"
                + "'Next':'done'}],'End':true},'done':{'Type':'Pass','End':true}}}")),
                json("[{'id':2,'error':'Item.Gone','text':'item {}'}]"));
        assertThat(dynamic).succeeded().caught("map", "Item.Gone");
        Assertions.assertThat(ExecutionPath.describe(dynamic)).contains("! Item.Gone (item 2), caught");
    }

    @Test
    void retriedCountsTheRetriesOfAState() {
        assertThat(shop()).retried("charge", 2).retried("reserve", 0);

        assertThatThrownBy(() -> assertThat(shop()).retried("charge", 1))
                .hasMessage("\nExpecting execution 'order-1' to retry state 'charge' 1 time, but it retried it 2 "
                        + "times\n\n" + SHOP_PATH);
    }

    @Test
    void caughtFindsAnErrorAStatesCatchHandled() {
        assertThat(shop()).caught("reserve", "States.Timeout");

        assertThatThrownBy(() -> assertThat(shop()).caught("charge", "Card.Busy"))
                .hasMessage("\nExpecting execution 'order-1' to catch Card.Busy in state 'charge', but the errors "
                        + "raised there were [Card.Busy (try again), retried, Card.Busy (try again), retried]\n\n"
                        + SHOP_PATH);
        assertThatThrownBy(() -> assertThat(shop()).caught("done", "X"))
                .hasMessageStartingWith("\nExpecting execution 'order-1' to catch X in state 'done', but no error was "
                        + "raised there\n\n");
        assertThatThrownBy(() -> assertThat(shop()).caught("refund", "X"))
                .hasMessageStartingWith("\nExpecting execution 'order-1' to catch X in state 'refund', but it never "
                        + "entered that state\n\n");
    }

    @Test
    void failedWithChecksTheErrorAndTheCause() {
        assertThat(run(REJECT)).failed().failedWith("Rejected").failedWith("Rejected", "too big");

        assertThatThrownBy(() -> assertThat(run(REJECT)).failedWith("Other", "too big"))
                .hasMessage("\nExpecting execution 'run-1' to fail with error 'Other', but it failed with "
                        + "'Rejected'\n\npath of execution 'run-1' (FAILED: Rejected - too big):\n  1. check\n  2. no");
        assertThatThrownBy(() -> assertThat(run(REJECT)).failedWith("Rejected", "too small"))
                .hasMessageStartingWith("\nExpecting execution 'run-1' to fail with cause 'too small', but the cause "
                        + "is 'too big'\n\n");
        assertThatThrownBy(() -> assertThat(shop()).failedWith("Rejected"))
                .hasMessageStartingWith("\nExpecting execution 'order-1' to have status FAILED, but it is "
                        + "SUCCEEDED\n\n");
        // each carries what was expected and what the execution has, for an IDE to show side by side
        for (var comparison : Map.<ThrowingCallable, List<Object>>of(
                () -> assertThat(run(REJECT)).failedWith("Other"), List.of("Other", "Rejected"),
                () -> assertThat(run(REJECT)).failedWith("Rejected", "too small"), List.of("too small", "too big"),
                () -> assertThat(shop()).failed(), List.of(ExecutionStatus.FAILED, ExecutionStatus.SUCCEEDED))
                .entrySet()) {
            assertThatThrownBy(comparison.getKey()).isInstanceOfSatisfying(AssertionFailedError.class, failure -> {
                Assertions.assertThat(failure.getExpected().getValue()).isEqualTo(comparison.getValue().get(0));
                Assertions.assertThat(failure.getActual().getValue()).isEqualTo(comparison.getValue().get(1));
            });
        }
    }

    @Test
    void timedOutAfterChecksTheVirtualInstant() {
        Execution slow = run(SLOW);
        assertThat(slow).timedOut().timedOutAfter(Duration.ofSeconds(60)).tookExactly(Duration.ofMinutes(1))
                .hasStatus(ExecutionStatus.TIMED_OUT);

        assertThatThrownBy(() -> assertThat(slow).timedOutAfter(Duration.ofSeconds(59)))
                .hasMessage("\nExpecting execution 'run-1' to time out after PT59S, but it timed out after PT1M"
                        + "\n\npath of execution 'run-1' (TIMED_OUT: States.Timeout - The execution timed out.):\n"
                        + "  1. wait");
        assertThatThrownBy(() -> assertThat(shop()).timedOutAfter(Duration.ofSeconds(1)))
                .hasMessageStartingWith("\nExpecting execution 'order-1' to have status TIMED_OUT, but it is "
                        + "SUCCEEDED");
        Execution waited = run("{'StartAt':'w','States':{'w':{'Type':'Wait','Seconds':7,'End':true}}}");
        assertThat(waited).tookExactly(Duration.ofSeconds(7));
        assertThatThrownBy(() -> assertThat(waited).tookExactly(Duration.ofSeconds(1)))
                .hasMessageStartingWith("\nExpecting execution 'run-1' to take PT1S, but it took PT7S");
    }

    @Test
    void historyEventAssertions() {
        assertThat(shop()).hasEventsInOrder("ExecutionStarted", "TaskTimedOut", "TaskFailed", "TaskFailed",
                "ExecutionSucceeded").hasEventCount("TaskFailed", 2).hasEventCount("TaskTimedOut", 1);
        assertThat(shop()).events("TaskFailed").hasSize(2)
                .allSatisfy(event -> Assertions.assertThat(event.detail("error").asText()).isEqualTo("Card.Busy"));
        assertThat(shop()).history().first().extracting(event -> event.type()).isEqualTo("ExecutionStarted");

        assertThatThrownBy(() -> assertThat(shop()).hasEventsInOrder("TaskFailed", "TaskTimedOut"))
                .hasMessageStartingWith("\nExpecting execution 'order-1' to record the events [TaskFailed, "
                        + "TaskTimedOut] in this order, but TaskTimedOut is missing after [TaskFailed]; the events "
                        + "were [ExecutionStarted, TaskStateEntered, ");
        assertThatThrownBy(() -> assertThat(shop()).hasEventCount("TaskFailed", 1))
                .hasMessage("\nExpecting execution 'order-1' to record 1 TaskFailed event, but it recorded 2\n\n"
                        + SHOP_PATH);
    }

    @Test
    void aParallelsOwnEventsBelongToItNotToTheBranchStateBeforeThem() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("charge", (input, ctx) -> {
                    throw new StatesError("Card.Declined", "no funds");
                })
                .build();
        Execution run = runtime.start(runtime.load("Fulfil", json("{'StartAt':'fulfil','States':{'fulfil':{"
                + "'Type':'Parallel','Branches':[{'StartAt':'charge','States':{'charge':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::lambda:invoke','Retry':[{'ErrorEquals':['States.ALL'],"
                + "'MaxAttempts':1}],'End':true}}}],'Catch':[{'ErrorEquals':['States.ALL'],'Next':'sorry'}],"
                + "'End':true},'sorry':{'Type':'Pass','End':true}}}")), "o-1", json("{}"));

        assertThat(run).succeeded().retried("charge", 1).caught("fulfil", "Card.Declined")
                .enteredStates("fulfil", "charge", "sorry");
        assertThatThrownBy(() -> assertThat(run).caught("charge", "Card.Declined"))
                .hasMessageEndingWith("path of execution 'o-1' (SUCCEEDED):\n"
                        + "  1. fulfil\n"
                        + "       ! Card.Declined (no funds), caught\n"
                        + "  2. charge\n"
                        + "       ! Card.Declined (no funds), retried\n"
                        + "       ! Card.Declined (no funds), not handled\n"
                        + "  3. sorry");
        Assertions.assertThat(HistoryTable.format(run.history())).contains(
                "ParallelStateFailed   fulfil\n", "ParallelStateExited   fulfil  output");
    }

    @Test
    void aCallbackTaskWaitsForItsTokenThenTheAnswerMovesItOn() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution run = runtime.start(runtime.load("Approval", json("{'StartAt':'Ask','States':{'Ask':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::sqs:sendMessage.waitForTaskToken','Parameters':{'QueueUrl':'q',"
                + "'MessageBody':{'token.$':'$$.Task.Token'}},'Next':'Done'},'Done':{'Type':'Succeed'}}}")),
                "ask-1", json("{}"));

        String token = run.awaitTaskToken("Ask");
        assertThat(run).isRunning().waitsForAnswerIn("Ask");
        assertThatThrownBy(() -> assertThat(run).waitsForAnswerIn("Done"))
                .hasMessage("\nExpecting execution 'ask-1' to wait for an answer in state 'Done', but it never "
                        + "entered that state\n\npath of execution 'ask-1' (RUNNING):\n  1. Ask");
        assertThatThrownBy(() -> assertThat(run).succeeded())
                .hasMessageStartingWith("\nExpecting execution 'ask-1' to have status SUCCEEDED, but it is RUNNING");

        assertThatThrownBy(() -> assertThat(run).tookExactly(Duration.ZERO)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("\nExpecting execution 'ask-1' to take PT0S, but it is still RUNNING\n\n");

        runtime.sendTaskSuccess(token, json("{'approved':true}"));
        run.await();
        assertThat(run).tookExactly(Duration.ZERO);
        assertThat(run).succeeded().enteredStates("Ask", "Done").hasOutput("{\"approved\":true}");

        Execution twice = runtime.start(runtime.load("Twice", json("{'StartAt':'Ask','States':{'Ask':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::sqs:sendMessage.waitForTaskToken','Parameters':{'QueueUrl':'q',"
                + "'MessageBody':{'token.$':'$$.Task.Token'}},'Next':'Again'},'Again':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::sqs:sendMessage.waitForTaskToken','Parameters':{'QueueUrl':'q',"
                + "'MessageBody':{'token.$':'$$.Task.Token'}},'End':true}}}")), "twice-1", json("{}"));
        runtime.sendTaskSuccess(twice.awaitTaskToken("Ask"), json("{}"));
        twice.awaitTaskToken("Again");
        assertThat(twice).waitsForAnswerIn("Again");
        assertThatThrownBy(() -> assertThat(twice).waitsForAnswerIn("Ask"))
                .hasMessageStartingWith("\nExpecting execution 'twice-1' to wait for an answer in state 'Ask', but the "
                        + "state's last event is TaskStateExited\n\npath of execution 'twice-1' (RUNNING):\n  1. Ask\n"
                        + "  2. Again");
        assertThatThrownBy(() -> assertThat(run).waitsForAnswerIn("Ask"))
                .hasMessageStartingWith("\nExpecting execution 'ask-1' to have status RUNNING, but it is SUCCEEDED");
    }

    @Test
    void anAssertionOverNoStateOrEventTypeIsRefusedSinceItCouldNotFail() {
        Execution run = run(REJECT);

        assertThatThrownBy(() -> assertThat(run).entered()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entered() needs at least one state: over none, the assertion could not fail");
        assertThatThrownBy(() -> assertThat(run).neverEntered()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("neverEntered() needs at least one state: over none, the assertion could not fail");
        assertThatThrownBy(() -> assertThat(run).hasEventsInOrder()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hasEventsInOrder() needs at least one event type: over none, the assertion could not "
                        + "fail");
        // the whole path can be empty: this one can fail
        assertThatThrownBy(() -> assertThat(run).enteredStates()).isInstanceOf(AssertionError.class);
    }

    @Test
    void aTaskStillRunningItsHandlerDoesNotWaitForAnAnswer() throws Exception {
        java.util.concurrent.CountDownLatch called = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (LocalRuntime runtime = LocalRuntime.builder() // the system clock: start returns while the handler works
                .handler("arn:aws:states:::lambda:invoke", (input, ctx) -> {
                    called.countDown();
                    release.await();
                    return input;
                }).build()) {
            Execution run = runtime.start(runtime.load("Busy", json("{'StartAt':'Work','States':{'Work':{'Type':'Task',"
                    + "'Resource':'arn:aws:states:::lambda:invoke','End':true}}}")), "busy-1", json("{}"));
            called.await();

            assertThatThrownBy(() -> assertThat(run).isRunning().waitsForAnswerIn("Work"))
                    .hasMessageStartingWith("\nExpecting execution 'busy-1' to wait for an answer in state 'Work', but "
                            + "its integration lambda:invoke is no .waitForTaskToken callback; the state is still "
                            + "running its call (TaskStarted)\n\npath of execution 'busy-1' (RUNNING):\n  1. Work");
            release.countDown();
            assertThat(run.await()).succeeded();
        }
    }

    @Test
    void aNullExecutionFailsAsAssertJDoes() {
        assertThatThrownBy(() -> assertThat((Execution) null).succeeded())
                .hasMessageContaining("Expecting actual not to be null");
    }
}
