package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static dev.stepwise.runtime.CallbacksTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.task.TaskHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link LocalRuntime#close()}: running executions end as StopExecution ends them, and the runtime's threads end. */
class LocalRuntimeCloseTest {

    private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:slow";
    private static final String SQS = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
    /** The name prefix of one runtime's threads. */
    private static final Pattern RUNTIME_THREAD = Pattern.compile("stepwise-\\d+-");

    /** Three branches that each hold a thread of the runtime: a callback, a slow handler and a long Wait. */
    private static final String MACHINE = "{'StartAt':'All','States':{'All':{'Type':'Parallel','End':true,"
            + "'Branches':[{'StartAt':'Ask','States':{'Ask':{'Type':'Task','Resource':'" + SQS + "',"
            + "'Parameters':{'QueueUrl':'q','MessageBody':{'token.$':'$$.Task.Token'}},'End':true}}},"
            + "{'StartAt':'Work','States':{'Work':{'Type':'Task','Resource':'" + FN + "','End':true}}},"
            + "{'StartAt':'Pause','States':{'Pause':{'Type':'Wait','Seconds':86400,'End':true}}}]}}}";

    @Test
    void closingStopsWhatRunsAsStopExecutionDoesAndEndsTheRuntimesThreadsOnTheSystemClock() throws Exception {
        CompletableFuture<String> runtimeThreads = new CompletableFuture<>();
        LocalRuntime runtime = LocalRuntime.builder().handler(FN, recordingThreadThen((input, context) -> {
            Thread.sleep(TimeUnit.MINUTES.toMillis(10)); // a handler that would hold its thread for long
            return input;
        }, runtimeThreads)).build();
        Execution execution = runtime.start(runtime.load(json(MACHINE)), json("{}"));
        String token = execution.awaitTaskToken("Ask", Duration.ofSeconds(10));
        String prefix = runtimeThreads.get(10, TimeUnit.SECONDS);
        assertThat(threadsNamed(prefix)).isNotEmpty();

        runtime.close();

        assertStoppedAsStopExecutionStopsIt(execution);
        assertRefused(() -> runtime.sendTaskSuccess(token, json("{}")), "TaskTimedOut");
        assertThat(liveThreads(prefix)).isEmpty();
    }

    @Test
    void closingAVirtualTimeRuntimeLeavesTheHistoryStopLeavesAndEndsItsThreads() throws Exception {
        Execution stopped = startAndWaitForTheCallback(new CompletableFuture<>());
        stopped.stop();
        CompletableFuture<String> runtimeThreads = new CompletableFuture<>();
        Execution closed = startAndWaitForTheCallback(runtimeThreads);
        LocalRuntime closedRuntime = runtimeOf.get(closed);

        closedRuntime.close();

        assertStoppedAsStopExecutionStopsIt(closed);
        assertThat(types(closed)).isEqualTo(types(stopped));
        assertThat(closed.stopDate()).isEqualTo(closed.startDate()); // the stop let no virtual time pass
        assertThat(liveThreads(runtimeThreads.get(10, TimeUnit.SECONDS))).isEmpty();
    }

    @Test
    void afterCloseStartsRedrivesAndTestStateAreRefusedAndWhatRanCanStillBeRead() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        StateMachine failing = runtime.load(json("{'StartAt':'F','States':{'F':{'Type':'Fail','Error':'E'}}}"));
        Execution failed = runtime.start(failing, json("{}")).await();

        runtime.close();
        runtime.close(); // again: nothing more to do

        assertThatThrownBy(() -> runtime.start(failing, json("{}"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LocalRuntime is closed");
        assertThatThrownBy(failed::redrive).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LocalRuntime is closed");
        assertThatThrownBy(() -> runtime.testState(json("{'Type':'Pass','End':true}"), json("{}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LocalRuntime is closed");
        assertThat(runtime.execution(failed.arn())).contains(failed);
        assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(failed.history()).isNotEmpty();
    }

    @Test
    void aRuntimeInTryWithResourcesIsClosedAtTheEndOfTheBlock() {
        Execution execution;
        try (LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build()) {
            execution = runtime.start(runtime.load(json("{'StartAt':'Ask','States':{'Ask':{'Type':'Task',"
                    + "'Resource':'" + SQS + "','End':true}}}")), json("{}"));
            assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);
        }
        assertStoppedAsStopExecutionStopsIt(execution);
    }

    @Test
    void runtimeAfterRuntimeBorrowsTheThreadsTheEarlierOnesLeftInsteadOfStartingItsOwn() {
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            branches.add("{'StartAt':'W" + i + "','States':{'W" + i + "':{'Type':'Wait','Seconds':60,'End':true}}}");
        }
        String fiveBranches = "{'StartAt':'All','States':{'All':{'Type':'Parallel','End':true,'Branches':["
                + String.join(",", branches) + "]}}}";
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Runnable testWithItsOwnRuntime = () -> {
            try (LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build()) {
                assertThat(runtime.start(runtime.load(json(fiveBranches)), json("{}")).await().status())
                        .isEqualTo(ExecutionStatus.SUCCEEDED);
            }
        };
        testWithItsOwnRuntime.run(); // the first may start what the JVM has not started yet
        long startedBefore = threads.getTotalStartedThreadCount();
        for (int test = 0; test < 20; test++) {
            testWithItsOwnRuntime.run();
        }
        // a pool per runtime started five branch threads for each: a hundred here, a fifth of a 50-test suite's time
        assertThat(threads.getTotalStartedThreadCount() - startedBefore).isLessThan(10);
    }

    private final java.util.Map<Execution, LocalRuntime> runtimeOf = new java.util.HashMap<>();

    /** An execution of {@link #MACHINE} on a runtime of its own, under a virtual clock, waiting for its callback. */
    private Execution startAndWaitForTheCallback(CompletableFuture<String> runtimeThreads) {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(FN, recordingThreadThen((input, context) -> {
                    context.clock().sleep(Duration.ofDays(2));
                    return input;
                }, runtimeThreads)).build();
        Execution execution = runtime.start(runtime.load(json(MACHINE)), json("{}"));
        execution.awaitTaskToken("Ask");
        runtimeOf.put(execution, runtime);
        return execution;
    }

    /** Records the name prefix of the runtime's threads ({@code stepwise-3-}) from the thread the handler runs on. */
    private static TaskHandler recordingThreadThen(TaskHandler handler, CompletableFuture<String> prefix) {
        return (input, context) -> {
            Matcher name = RUNTIME_THREAD.matcher(Thread.currentThread().getName());
            prefix.complete(name.lookingAt() ? name.group() : "not a runtime thread: " + name);
            return handler.handle(input, context);
        };
    }

    private static void assertStoppedAsStopExecutionStopsIt(Execution execution) {
        assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(execution.error()).isNull();
        assertThat(execution.cause()).isNull();
        assertThat(execution.stopDate()).isNotNull();
        List<String> types = types(execution);
        assertThat(types.get(types.size() - 1)).isEqualTo("ExecutionAborted");
    }

    private static List<String> types(Execution execution) {
        return execution.history().stream().map(HistoryEvent::type).toList();
    }

    private static List<Thread> threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).toList();
    }

    /** The runtime's threads still alive, given a moment to finish ending. */
    private static List<Thread> liveThreads(String prefix) throws InterruptedException {
        List<Thread> alive = new ArrayList<>();
        for (Thread thread : threadsNamed(prefix)) {
            thread.join(TimeUnit.SECONDS.toMillis(5));
            if (thread.isAlive()) {
                alive.add(thread);
            }
        }
        return alive;
    }
}
