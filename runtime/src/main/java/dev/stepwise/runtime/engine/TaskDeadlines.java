package dev.stepwise.runtime.engine;

import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * The instants a Task attempt must end by, in virtual or system time: its TimeoutSeconds (counted from
 * TaskScheduled, never moved by a heartbeat), its HeartbeatSeconds (counted from the last heartbeat, or from the
 * start of the work) and the execution's own deadline.
 */
final class TaskDeadlines {

    private final Instant timeoutAt;
    /** {@code 0} for none. */
    private final long heartbeatSeconds;
    private final Instant executionAt;
    /** The last sign of life; {@code null} while the heartbeat clock has not started (an activity not yet taken). */
    private volatile Instant lastBeat;

    /**
     * @param heartbeatSeconds {@code 0} for none
     * @param executionAt {@code null} when the execution has no deadline
     */
    TaskDeadlines(Instant start, long timeoutSeconds, long heartbeatSeconds, Instant executionAt) {
        this.timeoutAt = plusSeconds(start, timeoutSeconds);
        this.heartbeatSeconds = heartbeatSeconds;
        this.executionAt = executionAt;
    }

    /** Starts (or restarts) the heartbeat interval at {@code now}. */
    void beat(Instant now) {
        lastBeat = now;
    }

    /** The earliest instant at which one of the limits fires. */
    Instant next() {
        Instant next = timeoutAt;
        Instant beat = lastBeat;
        if (heartbeatSeconds > 0 && beat != null) {
            Instant due = plusSeconds(beat, heartbeatSeconds);
            if (due.isBefore(next)) {
                next = due;
            }
        }
        if (executionAt != null && !executionAt.isAfter(next)) {
            next = executionAt;
        }
        return next;
    }

    /**
     * What the limit that fired at {@link #next()} means: the execution timed out ({@link FlowStopped}), or the Task
     * did ({@code States.Timeout}, of its TimeoutSeconds or of a missed heartbeat). When two fire at the same instant the
     * execution's deadline wins, then the Task's timeout.
     */
    RuntimeException expiry() {
        Instant next = next();
        if (executionAt != null && executionAt.equals(next)) {
            return new FlowStopped(FlowStopped.Reason.TIMED_OUT);
        }
        if (timeoutAt.equals(next)) {
            return new StatesError(StatesErrors.TIMEOUT, null);
        }
        return StatesErrors.heartbeatTimeout();
    }

    /** In seconds, no {@code Duration} made: every Task attempt works out its deadlines. */
    private static Instant plusSeconds(Instant start, long seconds) {
        try {
            return start.plusSeconds(seconds);
        } catch (DateTimeException | ArithmeticException e) {
            return Instant.MAX;
        }
    }
}
