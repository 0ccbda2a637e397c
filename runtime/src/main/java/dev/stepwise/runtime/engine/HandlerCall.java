package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * A Task handler running on a thread of its own while the state's thread watches it (system clock). The state ends
 * at the first of: the handler's result, the Task's TimeoutSeconds, a missed HeartbeatSeconds, the execution's
 * deadline, and a stop or a sibling's failure. Whatever comes before the result interrupts the handler's thread and
 * drops its late result; a handler that ignores the interrupt runs on, unobserved, without holding up the execution.
 */
final class HandlerCall {

    /** Completes a call's outcome when its flow is cancelled; never thrown. */
    private static final Throwable STOPPED = new Throwable("stopped", null, false, false) {
    };

    private final CompletableFuture<JsonNode> outcome = new CompletableFuture<>();
    private final Future<?> thread;

    /** @param threads the runtime's handler threads: daemons, so a handler that never returns cannot keep the JVM alive */
    private HandlerCall(Callable<JsonNode> handler, ExecutorService threads) {
        this.thread = threads.submit(() -> {
            try {
                outcome.complete(handler.call());
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
            }
        });
    }

    /** The limits a call runs under, as {@link System#nanoTime()} instants. */
    record Limits(long timeoutAt, long heartbeatNanos, LongSupplier lastBeatAt, long executionDeadlineAt) {

        /** Farther than any timeout ASL allows, and near enough that sums with {@code nanoTime} cannot overflow. */
        private static final long FAR = Long.MAX_VALUE / 4;

        /**
         * @param heartbeatSeconds {@code 0} for none
         * @param untilExecutionDeadline {@code null} when the execution has no deadline
         */
        static Limits of(long timeoutSeconds, long heartbeatSeconds, LongSupplier lastBeatAt,
                Duration untilExecutionDeadline) {
            long now = System.nanoTime();
            long execution = untilExecutionDeadline == null ? FAR
                    : Math.max(0, Math.min(FAR, saturatedNanos(untilExecutionDeadline)));
            return new Limits(now + Math.min(FAR, TimeUnit.SECONDS.toNanos(timeoutSeconds)),
                    TimeUnit.SECONDS.toNanos(heartbeatSeconds), lastBeatAt, now + execution);
        }

        private static long saturatedNanos(Duration duration) {
            try {
                return duration.toNanos();
            } catch (ArithmeticException e) {
                return duration.isNegative() ? 0 : FAR;
            }
        }

        /** When the call must have ended, or beaten next. */
        long nextDeadline() {
            long next = timeoutAt - executionDeadlineAt < 0 ? timeoutAt : executionDeadlineAt;
            if (heartbeatNanos > 0) {
                long beat = lastBeatAt.getAsLong() + heartbeatNanos;
                next = beat - next < 0 ? beat : next;
            }
            return next;
        }
    }

    /**
     * Calls {@code handler} on a handler thread and waits for its output.
     *
     * @param handler throws only unchecked exceptions, which reach the caller as they are
     * @throws StatesError {@code States.Timeout}, of the Task's timeout or of a missed heartbeat
     * @throws FlowStopped when the execution timed out, was stopped, or the flow was cancelled
     */
    static JsonNode run(Callable<JsonNode> handler, Limits limits, ExecutionRun run, Cancellation cancellation) {
        HandlerCall call = new HandlerCall(handler, run.threads().handlers());
        try (Cancellation.Registration ignored = cancellation.onCancel(
                () -> call.outcome.completeExceptionally(STOPPED))) {
            return call.await(limits, run, cancellation);
        } finally {
            call.thread.cancel(true); // no effect once the handler has returned
        }
    }

    private JsonNode await(Limits limits, ExecutionRun run, Cancellation cancellation) {
        while (true) {
            long now = System.nanoTime();
            if (now - limits.executionDeadlineAt() >= 0) {
                throw new FlowStopped(FlowStopped.Reason.TIMED_OUT);
            }
            if (now - limits.timeoutAt() >= 0) {
                throw new StatesError(StatesErrors.TIMEOUT, null);
            }
            if (limits.heartbeatNanos() > 0 && now - limits.lastBeatAt().getAsLong() >= limits.heartbeatNanos()) {
                throw StatesErrors.heartbeatTimeout();
            }
            try {
                return outcome.get(Math.max(limits.nextDeadline() - now, 1), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // a limit has come (or a heartbeat moved it): look again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FlowStopped(FlowStopped.Reason.ABORTED);
            } catch (ExecutionException e) {
                throw failure(e.getCause(), run, cancellation);
            }
        }
    }

    private static RuntimeException failure(Throwable thrown, ExecutionRun run, Cancellation cancellation) {
        if (thrown == STOPPED) {
            run.checkStopped(cancellation); // throws: ABORTED or CANCELLED
            throw new IllegalStateException("a call was stopped without its flow being cancelled");
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        return thrown instanceof RuntimeException unchecked ? unchecked
                : new IllegalStateException("a handler call threw a checked exception", thrown);
    }
}
