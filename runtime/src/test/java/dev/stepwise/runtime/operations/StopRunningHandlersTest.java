package dev.stepwise.runtime.operations;

import static dev.stepwise.runtime.operations.Machines.FN;
import static dev.stepwise.runtime.operations.Machines.count;
import static dev.stepwise.runtime.operations.Machines.json;
import static dev.stepwise.runtime.operations.Machines.types;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.task.TaskHandler;
import dev.stepwise.runtime.task.TaskMethodHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** StopExecution while Java task handlers run (system clock): they are interrupted and the execution ends at once. */
class StopRunningHandlersTest {

    /** Long enough never to end on its own within a test, short enough not to matter if a thread leaks. */
    private static final long FOREVER_SECONDS = 30;

    private static final String ONE_TASK = "{'StartAt':'Work','States':{'Work':{'Type':'Task','Resource':'" + FN
            + "','Next':'After'},'After':{'Type':'Pass','End':true}}}";

    private final CountDownLatch interrupted = new CountDownLatch(1);

    /** A handler that counts down {@code running}, then sleeps until interrupted. */
    private TaskHandler sleeper(CountDownLatch running, CountDownLatch interruptions) {
        return (input, context) -> {
            running.countDown();
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(FOREVER_SECONDS));
            } catch (InterruptedException e) {
                interruptions.countDown();
                throw e;
            }
            return input;
        };
    }

    @Test
    void stopInterruptsTheRunningHandlerAndRecordsTheAbortAsAwsDoes() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        LocalRuntime runtime = LocalRuntime.builder().handler(FN, sleeper(running, interrupted)).build();
        Execution execution = runtime.start(runtime.load(json(ONE_TASK)), json("{}"));
        assertThat(running.await(1, TimeUnit.SECONDS)).isTrue();

        execution.stop("Operator", "stopped by hand");

        assertThat(execution.await(Duration.ofSeconds(5))).isTrue();
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(execution.error()).isEqualTo("Operator");
        assertThat(execution.cause()).isEqualTo("stopped by hand");
        assertThat(types(execution)).containsExactly("ExecutionStarted", "TaskStateEntered",
                "LambdaFunctionScheduled", "LambdaFunctionStarted", "TaskStateAborted", "ExecutionAborted");
        HistoryEvent aborted = execution.history().get(5);
        assertThat(aborted.detail("error").asText()).isEqualTo("Operator");
        assertThat(aborted.detail("cause").asText()).isEqualTo("stopped by hand");
    }

    @Test
    void aHandlerThatIgnoresInterruptsDoesNotHoldUpTheStopAndItsLateResultIsDropped() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch returned = new CountDownLatch(1);
        LocalRuntime runtime = LocalRuntime.builder().handler(FN, (input, context) -> {
            running.countDown();
            boolean wasInterrupted = false;
            while (true) {
                try {
                    release.await();
                    break;
                } catch (InterruptedException e) {
                    wasInterrupted = true; // swallowed: this handler insists on finishing
                }
            }
            returned.countDown();
            return Json.NODES.objectNode().put("late", true).put("interrupted", wasInterrupted);
        }).build();
        Execution execution = runtime.start(runtime.load(json(ONE_TASK)), json("{}"));
        assertThat(running.await(1, TimeUnit.SECONDS)).isTrue();

        execution.stop();

        assertThat(execution.await(Duration.ofSeconds(5))).isTrue();
        List<String> atStop = types(execution);
        assertThat(atStop).endsWith("TaskStateAborted", "ExecutionAborted");
        release.countDown();
        assertThat(returned.await(1, TimeUnit.SECONDS)).isTrue();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(execution.output()).isNull();
        assertThat(types(execution)).isEqualTo(atStop).doesNotContain("LambdaFunctionSucceeded", "TaskStateExited");
    }

    @Test
    void stopInterruptsTheHandlersOfEveryParallelBranch() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch interruptions = new CountDownLatch(2);
        // A state handler and a generated workflow's bound method (through TaskMethodHandler) take the same path.
        TaskHandler sleeper = sleeper(running, interruptions);
        TaskHandler boundMethod = new TaskMethodHandler(inputJson -> {
            sleeper.handle(Json.parse(inputJson), null);
            return inputJson;
        });
        LocalRuntime runtime = LocalRuntime.builder().stateHandler("Left", sleeper).stateHandler("Right", boundMethod)
                .build();
        String left = "{'StartAt':'Left','States':{'Left':{'Type':'Task','Resource':'" + FN + "','End':true}}}";
        String right = "{'StartAt':'Right','States':{'Right':{'Type':'Task','Resource':'" + FN + "','End':true}}}";
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'Both','States':{'Both':{'Type':"
                + "'Parallel','Branches':[" + left + "," + right + "],'End':true}}}")), json("{}"));
        assertThat(running.await(1, TimeUnit.SECONDS)).isTrue();

        execution.stop();

        assertThat(execution.await(Duration.ofSeconds(5))).isTrue();
        assertThat(interruptions.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(count(execution, "TaskStateAborted")).isEqualTo(2);
        assertThat(types(execution)).containsSubsequence("ParallelStateStarted", "TaskStateAborted",
                "ParallelStateAborted", "ExecutionAborted").doesNotContain("ParallelStateFailed",
                "LambdaFunctionSucceeded");
    }

    @Test
    void stopInterruptsTheHandlersOfEveryMapIteration() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(3);
        CountDownLatch interruptions = new CountDownLatch(3);
        LocalRuntime runtime = LocalRuntime.builder().handler(FN, sleeper(running, interruptions)).build();
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'Each','States':{'Each':{'Type':'Map',"
                + "'ItemProcessor':{'StartAt':'Work','States':{'Work':{'Type':'Task','Resource':'" + FN
                + "','End':true}}},'End':true}}}")), json("[1,2,3]"));
        assertThat(running.await(1, TimeUnit.SECONDS)).isTrue();

        execution.stop();

        assertThat(execution.await(Duration.ofSeconds(5))).isTrue();
        assertThat(interruptions.await(5, TimeUnit.SECONDS)).isTrue();
        List<String> types = types(execution);
        assertThat(types.stream().filter("MapIterationAborted"::equals)).hasSize(3);
        assertThat(types.stream().filter("TaskStateAborted"::equals)).hasSize(3);
        assertThat(types.subList(types.size() - 2, types.size())).containsExactly("MapStateAborted",
                "ExecutionAborted");
    }

    @Test
    void aFailingBranchInterruptsTheHandlerOfItsSiblingAtOnce() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        LocalRuntime runtime = LocalRuntime.builder().stateHandler("Slow", sleeper(running, interrupted))
                .stateHandler("Failing", (input, context) -> {
                    assertThat(running.await(1, TimeUnit.SECONDS)).isTrue();
                    throw new IllegalStateException("broken");
                }).build();
        String slow = "{'StartAt':'Slow','States':{'Slow':{'Type':'Task','Resource':'" + FN + "','End':true}}}";
        String failing = "{'StartAt':'Failing','States':{'Failing':{'Type':'Task','Resource':'" + FN
                + "','End':true}}}";
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'Both','States':{'Both':{'Type':"
                + "'Parallel','Branches':[" + slow + "," + failing + "],'End':true}}}")), json("{}"));

        assertThat(execution.await(Duration.ofSeconds(1))).isTrue();
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("IllegalStateException");
        assertThat(types(execution)).contains("ParallelStateFailed").doesNotContain("LambdaFunctionSucceeded");
    }

    @Test
    void aStopDuringARetryDelayAfterAHandlerFailedStillAbortsTheTaskState() throws InterruptedException {
        CountDownLatch failed = new CountDownLatch(1);
        LocalRuntime runtime = LocalRuntime.builder().handler(FN, (input, context) -> {
            failed.countDown();
            throw new IllegalStateException("try again later");
        }).build();
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'Work','States':{'Work':{'Type':'Task',"
                + "'Resource':'" + FN + "','Retry':[{'ErrorEquals':['States.ALL'],'IntervalSeconds':"
                + FOREVER_SECONDS + "}],'End':true}}}")), json("{}"));
        assertThat(failed.await(1, TimeUnit.SECONDS)).isTrue();
        Machines.awaitEvents(execution, "LambdaFunctionFailed", 1);

        execution.stop();

        assertThat(execution.await(Duration.ofSeconds(5))).isTrue();
        assertThat(types(execution)).endsWith("LambdaFunctionFailed", "TaskStateAborted", "ExecutionAborted");
    }
}
