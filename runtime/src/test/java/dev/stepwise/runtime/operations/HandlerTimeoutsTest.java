package dev.stepwise.runtime.operations;

import static dev.stepwise.runtime.operations.Machines.FN;
import static dev.stepwise.runtime.operations.Machines.json;
import static dev.stepwise.runtime.operations.Machines.types;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.task.TaskHandler;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A Task's TimeoutSeconds and HeartbeatSeconds, and the execution's TimeoutSeconds, against a Java handler that runs
 * too long: under the system clock the limit ends the state at its deadline and interrupts the handler; under a
 * virtual clock the handler's virtual time is measured when it returns, with the same outcome.
 */
class HandlerTimeoutsTest {

    private static String task(String taskFields, String topFields) {
        return "{" + topFields + "'StartAt':'Work','States':{'Work':{'Type':'Task','Resource':'" + FN + "'"
                + taskFields + ",'Next':'After'},'After':{'Type':'Pass','End':true}}}";
    }

    @Nested
    class SystemClock {

        private final CountDownLatch interrupted = new CountDownLatch(1);

        /** Sleeps far past any limit under test, noting the interrupt that should end it. */
        private final TaskHandler tooSlow = (input, context) -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return input;
        };

        @Test
        void theTaskTimesOutAtItsDeadlineAndItsHandlerIsInterrupted() throws InterruptedException {
            LocalRuntime runtime = LocalRuntime.builder().handler(FN, tooSlow).build();
            long start = System.nanoTime();
            Execution execution = runtime.start(runtime.load(json(task(",'TimeoutSeconds':1", ""))), json("{}"));

            assertThat(execution.await(Duration.ofSeconds(10))).isTrue();
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(elapsedMillis).isBetween(1_000L, 10_000L);
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(execution.error()).isEqualTo("States.Timeout");
            assertThat(types(execution)).containsExactly("ExecutionStarted", "TaskStateEntered",
                    "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionTimedOut", "ExecutionFailed");
        }

        @Test
        void aMissedHeartbeatEndsTheTaskLongBeforeItsTimeout() throws InterruptedException {
            LocalRuntime runtime = LocalRuntime.builder().handler(FN, tooSlow).build();
            long start = System.nanoTime();
            Execution execution = runtime.start(runtime.load(json(task(",'TimeoutSeconds':60,'HeartbeatSeconds':1",
                    ""))), json("{}"));

            assertThat(execution.await(Duration.ofSeconds(10))).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(1_000L, 10_000L);
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(execution.error()).isEqualTo("States.Timeout"); // AWS's name for a missed heartbeat too
            assertThat(types(execution)).contains("LambdaFunctionTimedOut").doesNotContain("LambdaFunctionSucceeded");
        }

        @Test
        void heartbeatsKeepASlowHandlerAlive() {
            LocalRuntime runtime = LocalRuntime.builder().handler(FN, (input, context) -> {
                for (int beat = 0; beat < 3; beat++) {
                    Thread.sleep(400);
                    context.heartbeat();
                }
                return input;
            }).build();
            Execution execution = runtime.start(runtime.load(json(task(",'HeartbeatSeconds':1", ""))),
                    json("{'n':1}"));

            assertThat(execution.await(Duration.ofSeconds(3))).isTrue();
            assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(execution.output()).isEqualTo(json("{'n':1}"));
        }

        @Test
        void theExecutionTimesOutAtItsDeadlineWhileAHandlerRuns() throws InterruptedException {
            LocalRuntime runtime = LocalRuntime.builder().handler(FN, tooSlow).build();
            long start = System.nanoTime();
            Execution execution = runtime.start(runtime.load(json(task("", "'TimeoutSeconds':1,"))), json("{}"));

            assertThat(execution.await(Duration.ofSeconds(10))).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(1_000L, 10_000L);
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(types(execution)).containsExactly("ExecutionStarted", "TaskStateEntered",
                    "LambdaFunctionScheduled", "LambdaFunctionStarted", "ExecutionTimedOut");
        }

        @Test
        void aHandlerWithinItsLimitsSucceeds() {
            LocalRuntime runtime = LocalRuntime.builder().handler(FN, (input, context) -> input).build();
            Execution execution = runtime.start(runtime.load(json(task(",'TimeoutSeconds':2,'HeartbeatSeconds':"
                    + "1", "'TimeoutSeconds':1,"))), json("{'n':2}"));

            assertThat(execution.await(Duration.ofSeconds(1))).isTrue();
            assertThat(execution.output()).isEqualTo(json("{'n':2}"));
        }
    }

    @Nested
    class VirtualClock {

        /** Lets 11 virtual seconds pass, then answers: past a 10-second limit, under in-time limits. */
        private final TaskHandler elevenSeconds = (input, context) -> {
            context.clock().sleep(Duration.ofSeconds(11));
            return input;
        };

        @Test
        void aTaskThatOverranItsTimeoutFailsWhenItReturns() {
            LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).handler(FN, elevenSeconds).build();
            Execution execution = runtime.start(runtime.load(json(task(",'TimeoutSeconds':10", ""))), json("{}"))
                    .await();

            assertThat(execution.error()).isEqualTo("States.Timeout");
            assertThat(types(execution)).contains("LambdaFunctionTimedOut").doesNotContain("LambdaFunctionSucceeded");
        }

        @Test
        void anExecutionWhoseDeadlinePassedDuringTheHandlerTimesOutWithoutTheTaskSucceeding() {
            LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).handler(FN, elevenSeconds).build();
            Execution execution = runtime.start(runtime.load(json(task(",'TimeoutSeconds':60",
                    "'TimeoutSeconds':10,"))), json("{}")).await();

            assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
            assertThat(types(execution)).containsExactly("ExecutionStarted", "TaskStateEntered",
                    "LambdaFunctionScheduled", "LambdaFunctionStarted", "ExecutionTimedOut");
        }

        @Test
        void theEarlierOfTheTwoDeadlinesDecides() {
            LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).handler(FN, elevenSeconds).build();
            Execution execution = runtime.start(runtime.load(json(task(",'TimeoutSeconds':5",
                    "'TimeoutSeconds':10,"))), json("{}")).await();

            assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(execution.error()).isEqualTo("States.Timeout");
        }
    }
}
