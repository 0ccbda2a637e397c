package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clock;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.clock.VirtualClock;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.task.TaskHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Callback tasks ({@code .waitForTaskToken}) answered through the runtime with the token, on both clocks. */
class CallbacksTest {

    private static final String SQS = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";

    private static String machine(String taskFields) {
        return "{'StartAt':'Ask','States':{'Ask':{'Type':'Task','Resource':'" + SQS + "','Parameters':{"
                + "'QueueUrl':'q','MessageBody':{'token.$':'$$.Task.Token'}}" + taskFields + ",'End':true}"
                + (taskFields.contains("'Catch'") ? ",'Caught':{'Type':'Pass','End':true}" : "") + "}}";
    }

    private static List<String> types(Execution execution) {
        return execution.history().stream().map(HistoryEvent::type).toList();
    }

    private static HistoryEvent last(Execution execution, String type) {
        return execution.history().stream().filter(e -> e.type().equals(type)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aTokenAnsweredFromTheTestSucceedsTheTaskAsOnAws() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution execution = runtime.start(runtime.load(json(machine(""))), json("{}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
        String token = execution.awaitTaskToken("Ask");
        assertThat(last(execution, "TaskScheduled").detail("parameters").at("/MessageBody/token").asText())
                .isEqualTo(token);
        runtime.sendTaskSuccess(token, json("{'approved':true}"));
        execution.await();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("{'approved':true}"));
        assertThat(types(execution)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
                "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
        assertThat(last(execution, "TaskSucceeded").detail("resource").asText())
                .isEqualTo("sendMessage.waitForTaskToken");
    }

    @Test
    void aJsonataCallbackPassesOnItsTokenFromStatesContext() {
        // AWS: the Context object holds Task.Token when a workflow enters a Task state, and JSONata states read the
        // Context object as $states.context (Step Functions guide, "Accessing execution data from the Context object")
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution execution = runtime.start(runtime.load(json("{'QueryLanguage':'JSONata','StartAt':'Ask',"
                + "'States':{'Ask':{'Type':'Task','Resource':'" + SQS + "','Arguments':{'QueueUrl':'q',"
                + "'MessageBody':{'token':'{% $states.context.Task.Token %}'}},'End':true}}}")), json("{}"));

        String token = execution.awaitTaskToken("Ask");
        assertThat(last(execution, "TaskScheduled").detail("parameters").at("/MessageBody/token").asText())
                .isEqualTo(token);
        runtime.sendTaskSuccess(token, json("{'approved':true}"));
        assertThat(execution.await().output()).isEqualTo(json("{'approved':true}"));
    }

    @Test
    void startReturnsOnlyOnceNoBranchCanMoveOnWithoutTheAnswer() {
        // branch Fails at once while Ask waits: the Parallel fails, its Catch ends the execution with no answer
        String definition = "{'StartAt':'Par','States':{'Par':{'Type':'Parallel','Branches':["
                + machine("") + ","
                + "{'StartAt':'Fails','States':{'Fails':{'Type':'Fail','Error':'Boom'}}}],"
                + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Done'}],'Next':'Done'},"
                + "'Done':{'Type':'Succeed'}}}";
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        StateMachine machine = runtime.load(json(definition));
        for (int run = 0; run < 50; run++) { // a race showed in most runs: start returned while Fails still ran
            Execution execution = runtime.start(machine, json("{}"));
            assertThat(execution.status()).as("run %d", run).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(types(execution)).contains("ParallelStateFailed", "SucceedStateEntered");
        }
    }

    @Test
    void aFailureSentWithTheTokenIsCaughtWithItsErrorAndCause() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution execution = runtime.start(runtime.load(json(machine(
                ",'Catch':[{'ErrorEquals':['States.ALL'],'ResultPath':'$.error','Next':'Caught'}]"))), json("{}"));
        runtime.sendTaskFailure(execution.awaitTaskToken("Ask"), "Rejected", "not this time");

        assertThat(execution.await().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("{'error':{'Error':'Rejected','Cause':'not this time'}}"));
        assertThat(last(execution, "TaskFailed").detail("error").asText()).isEqualTo("Rejected");
    }

    @Test
    void errorAndCauseLimitsCountCharactersAsTheEndpointDoes() {
        // the API model's lengths (error 256, cause 32768) count characters, as Smithy's length trait does; the
        // endpoint checks them so before the runtime sees the call, and the runtime's own API agrees with it
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution execution = runtime.start(runtime.load(json(machine(
                ",'Catch':[{'ErrorEquals':['States.ALL'],'ResultPath':'$.error','Next':'Caught'}]"))), json("{}"));
        String token = execution.awaitTaskToken("Ask");
        String emoji = new String(Character.toChars(0x1F680));

        assertRefused(() -> runtime.sendTaskFailure(token, emoji.repeat(257), null), "ValidationException");
        assertRefused(() -> runtime.sendTaskFailure(token, "E", emoji.repeat(32_769)), "ValidationException");
        runtime.sendTaskFailure(token, emoji.repeat(256), emoji.repeat(32_768));

        assertThat(execution.await().output().path("error").path("Error").asText()).isEqualTo(emoji.repeat(256));
    }

    @Test
    void aFailureWithoutErrorOrCauseIsCaughtWithNulls() {
        // recorded on AWS (callback, SQS_WAIT_FOR_TASK_TOKEN_CATCH): Catch output {"Error": null, "Cause": null}
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution execution = runtime.start(runtime.load(json(machine(
                ",'Catch':[{'ErrorEquals':['States.ALL'],'ResultPath':'$.error','Next':'Caught'}]"))), json("{}"));
        runtime.sendTaskFailure(execution.awaitTaskToken("Ask"), null, null);

        assertThat(execution.await().output()).isEqualTo(json("{'error':{'Error':null,'Cause':null}}"));
        assertThat(last(execution, "TaskFailed").details().has("error")).isFalse();
    }

    @Test
    void theSendCallsRefuseAsAwsDoes() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution execution = runtime.start(runtime.load(json(machine(""))), json("{}"));
        String token = execution.awaitTaskToken("Ask");

        assertRefused(() -> runtime.sendTaskSuccess("not a token", json("{}")), "InvalidToken");
        assertRefused(() -> runtime.sendTaskHeartbeat(""), "InvalidToken");
        assertRefused(() -> runtime.sendTaskSuccess("00000000-0000-0000-0000-000000000000", json("{}")),
                "TaskDoesNotExist");
        assertRefused(() -> runtime.sendTaskSuccess(token, "{not json"), "InvalidOutput");
        assertRefused(() -> runtime.sendTaskSuccess(token, (JsonNode) null), "InvalidOutput");
        assertRefused(() -> runtime.sendTaskSuccess(token, json("{'big':'" + "x".repeat(262_144) + "'}")),
                "InvalidOutput");
        assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING); // refused calls leave the task waiting

        runtime.sendTaskSuccess(token, "\"done\"");
        execution.await();
        assertThat(execution.output()).isEqualTo(json("'done'"));
        assertRefused(() -> runtime.sendTaskSuccess(token, json("{}")), "TaskTimedOut");
        assertRefused(() -> runtime.sendTaskHeartbeat(token), "TaskTimedOut");
    }

    @Test
    void aTokenWhoseTaskTimedOutIsRefusedAsTimedOut() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Execution execution = runtime.start(runtime.load(json(machine(",'TimeoutSeconds':60"))), json("{}"));
        String token = execution.awaitTaskToken("Ask");
        Instant handedOut = clock.now();

        execution.await();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(last(execution, "TaskTimedOut").timestamp()).isEqualTo(handedOut.plusSeconds(60));
        assertRefused(() -> runtime.sendTaskSuccess(token, json("{}")), "TaskTimedOut");
    }

    @Test
    void heartbeatsSentWithTheTokenKeepTheTaskAliveButNotPastItsTimeout() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Execution execution = runtime.start(runtime.load(json(machine(",'TimeoutSeconds':300,"
                + "'HeartbeatSeconds':100"))), json("{}"));
        String token = execution.awaitTaskToken("Ask");
        Instant start = clock.now();

        for (int beat = 0; beat < 3; beat++) {
            clock.advance(Duration.ofSeconds(90));
            assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
            runtime.sendTaskHeartbeat(token);
        }
        execution.await();

        assertThat(execution.error()).isEqualTo("States.Timeout"); // beats at 90, 180, 270 s: due again at 370 s, the timeout at 300 s comes first
        assertThat(last(execution, "TaskTimedOut").timestamp()).isEqualTo(start.plusSeconds(300));
    }

    @Test
    void aMissedHeartbeatTimesTheTaskOutAtItsDeadline() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Execution execution = runtime.start(runtime.load(json(machine(",'HeartbeatSeconds':100"))), json("{}"));
        String token = execution.awaitTaskToken("Ask");
        Instant start = clock.now();
        clock.advance(Duration.ofSeconds(60));
        runtime.sendTaskHeartbeat(token);

        execution.await();

        // AWS names a missed heartbeat States.Timeout (recorded in timeouts__test_heartbeat_timeout)
        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(last(execution, "TaskTimedOut").timestamp()).isEqualTo(start.plusSeconds(160));
        assertThat(last(execution, "TaskTimedOut").detail("error").asText()).isEqualTo("States.Timeout");
    }

    @Test
    void aMissedHeartbeatIsCaughtByHeartbeatTimeoutOrTimeoutButNotByTaskFailed() {
        for (String caughtBy : List.of("States.HeartbeatTimeout", "States.Timeout", "States.ALL")) {
            Execution execution = missedHeartbeat("['" + caughtBy + "']");
            assertThat(execution.status()).as(caughtBy).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.output()).as(caughtBy).isEqualTo(json("{'Error':'States.Timeout','Cause':''}"));
        }
        Execution notCaught = missedHeartbeat("['States.TaskFailed']");
        assertThat(notCaught.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(notCaught.error()).isEqualTo("States.Timeout");
    }

    @Test
    void aTaskThatRunsPastItsTimeoutIsNotAHeartbeatTimeout() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Execution execution = runtime.start(runtime.load(json(machine(",'TimeoutSeconds':30,'HeartbeatSeconds':20,"
                + "'Catch':[{'ErrorEquals':['States.HeartbeatTimeout'],'Next':'Caught'}]"))), json("{}"));
        String token = execution.awaitTaskToken("Ask");
        clock.advance(Duration.ofSeconds(15));
        runtime.sendTaskHeartbeat(token);

        execution.await();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Timeout");
    }

    private static Execution missedHeartbeat(String errorEquals) {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution execution = runtime.start(runtime.load(json(machine(",'HeartbeatSeconds':10,"
                + "'Catch':[{'ErrorEquals':" + errorEquals + ",'Next':'Caught'}]"))), json("{}"));
        execution.awaitTaskToken("Ask");
        return execution.await();
    }

    @Test
    void timeStandsStillWhileTheTestDoesNotWait() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Execution execution = runtime.start(runtime.load(json(machine(",'TimeoutSeconds':5"))), json("{}"));
        Instant handedOut = clock.now();
        String token = execution.awaitTaskToken("Ask");

        assertThat(clock.now()).isEqualTo(handedOut);
        assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
        runtime.sendTaskSuccess(token, json("1"));
        assertThat(execution.await().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(clock.now()).isEqualTo(handedOut);
    }

    @Test
    void awaitTaskTokenWalksThroughWaitsBeforeTheTaskAndStopsAtTheHandOut() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'Nap','States':{"
                + "'Nap':{'Type':'Wait','Seconds':3600,'Next':'Ask'},"
                + "'Ask':{'Type':'Task','Resource':'" + SQS + "','TimeoutSeconds':60,'End':true}}}")), json("{}"));

        String token = execution.awaitTaskToken("Ask");

        assertThat(clock.now()).isEqualTo(start.plusSeconds(3600));
        runtime.sendTaskSuccess(token, json("{}"));
        assertThat(execution.await().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void awaitTaskTokenFailsClearlyWhenTheExecutionEndsFirst() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'Ask','States':{'Ask':{'Type':'Task',"
                + "'Resource':'" + SQS + "','TimeoutSeconds':1,'End':true}}}")),
                json("{}"));
        execution.awaitTaskToken("Ask");

        assertThatThrownBy(() -> execution.awaitTaskToken("Ask")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ended FAILED before state 'Ask' handed out a task token");
    }

    @Test
    void awaitTaskTokenRefusesAStateThatHandsOutNoTokenBeforeTimePasses() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock)
                .handler("arn:aws:states:::lambda:invoke", (input, context) -> json("{}")).build();
        String review = runtime.createActivity("review").arn();
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load("Invoice", json("{'StartAt':'Ask','States':{"
                + "'Ask':{'Type':'Task','Resource':'" + SQS + "','TimeoutSeconds':3600,'Next':'Par'},"
                + "'Par':{'Type':'Parallel','Branches':[{'StartAt':'Call','States':{'Call':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::lambda:invoke','End':true}}}],'Next':'Work'},"
                + "'Work':{'Type':'Task','Resource':'" + review + "',"
                + "'End':true}}}")), json("{}"));

        assertThatThrownBy(() -> execution.awaitTaskToken("ask")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("state machine 'Invoice' has no state named 'ask' to hand out a task token; its states "
                        + "are [Ask, Par, Work, Call]");
        assertThatThrownBy(() -> execution.awaitTaskToken("Par")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("state 'Par' is a Parallel state, which hands out no task token; a Task on a "
                        + ".waitForTaskToken or .sync integration or an activity does");
        assertThatThrownBy(() -> execution.awaitTaskToken("Call")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Task state 'Call' (arn:aws:states:::lambda:invoke) hands out no task token");
        // the mistakes cost the execution nothing: no deadline ran out while they were refused
        assertThat(clock.now()).isEqualTo(start);
        assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
        runtime.sendTaskSuccess(execution.awaitTaskToken("Ask"), json("{}"));
        assertThat(execution.awaitTaskToken("Work")).isNotEmpty(); // an activity's token, for its worker
    }

    @Test
    void aStateEnteredAgainHandsOutTheNextToken() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'Ask','States':{'Ask':{'Type':'Task',"
                + "'Resource':'" + SQS + "','Retry':[{'ErrorEquals':['Again'],'IntervalSeconds':5}],'End':true}}}")),
                json("{}"));
        String first = execution.awaitTaskToken("Ask");
        runtime.sendTaskFailure(first, "Again", null);
        String second = execution.awaitTaskToken("Ask");

        assertThat(second).isNotEqualTo(first);
        runtime.sendTaskSuccess(second, json("2"));
        assertThat(execution.await().output()).isEqualTo(json("2"));
    }

    @Test
    void aRedriveHandsOutFreshTokensAndTheFailedRunsTokensStayClosed() {
        // AWS reschedules the failed Task on a redrive; the failed run's task is closed, its token TaskTimedOut
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution execution = runtime.start(runtime.load(json(machine(""))), json("{}"));
        String failedRuns = execution.awaitTaskToken("Ask");
        runtime.sendTaskFailure(failedRuns, "Rejected", null);
        assertThat(execution.await().status()).isEqualTo(ExecutionStatus.FAILED);

        execution.redrive();
        String redriven = execution.awaitTaskToken("Ask");

        assertThat(redriven).isNotEqualTo(failedRuns);
        assertRefused(() -> runtime.sendTaskSuccess(failedRuns, json("'stale'")), "TaskTimedOut");
        assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
        runtime.sendTaskSuccess(redriven, json("'fresh'"));
        assertThat(execution.await().output()).isEqualTo(json("'fresh'"));
    }

    @Test
    void aSubmittingHandlerIsTheServiceCallAndItsResultTheSubmittedOutput() {
        List<String> sent = new CopyOnWriteArrayList<>();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(SQS, TaskHandler.submitting((input, ctx) -> {
                    sent.add(input.at("/MessageBody/token").asText());
                    return json("{'MessageId':'m-1'}");
                }))
                .build();
        Execution execution = runtime.start(runtime.load(json(machine(""))), json("{}"));
        String token = execution.awaitTaskToken("Ask");
        runtime.sendTaskSuccess(token, json("'ok'"));
        execution.await();

        assertThat(sent).containsExactly(token);
        assertThat(last(execution, "TaskSubmitted").detail("output")).isEqualTo(json("{'MessageId':'m-1'}"));
        assertThat(execution.output()).isEqualTo(json("'ok'"));
    }

    @Test
    void stoppingAnExecutionThatWaitsForAnAnswerAbortsItAtOnce() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution execution = runtime.start(runtime.load(json(machine(""))), json("{}"));
        String token = execution.awaitTaskToken("Ask");

        execution.stop("Cancelled", "by the test");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertRefused(() -> runtime.sendTaskSuccess(token, json("{}")), "TaskTimedOut");
    }

    @Test
    void onTheSystemClockAnotherThreadAnswersTheToken() throws Exception {
        Clock clock = Clocks.system();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Execution execution = runtime.start(runtime.load(json(machine(",'TimeoutSeconds':30"))), json("{}"));
        String token = execution.awaitTaskToken("Ask", Duration.ofSeconds(10));
        CompletableFuture.runAsync(() -> runtime.sendTaskSuccess(token, json("'answered'"))).get();

        assertThat(execution.await(Duration.ofSeconds(10))).isTrue();
        assertThat(execution.output()).isEqualTo(json("'answered'"));
    }

    @Test
    void onTheSystemClockAnUnansweredCallbackTimesOutOnTime() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.system()).build();
        Execution execution = runtime.start(runtime.load(json(machine(",'TimeoutSeconds':1"))), json("{}"));

        assertThat(execution.await(Duration.ofSeconds(20))).isTrue();
        assertThat(execution.error()).isEqualTo("States.Timeout");
    }

    static void assertRefused(Runnable call, String errorCode) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiRefusedException.class,
                e -> assertThat(e.errorCode()).isEqualTo(errorCode));
    }
}
