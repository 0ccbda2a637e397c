package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.clock.Clock;
import dev.stepwise.runtime.clock.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A Task attempt waiting for an answer sent with its token: a callback ({@code .waitForTaskToken}), an activity, or
 * a job run ({@code .sync}) whose handler works meanwhile. The state's thread waits in {@link #await} (or runs the
 * job, which its {@link Job} hears of answers and heartbeats through); the API's callers (a test thread, an activity
 * worker) answer, beat or take it through {@link TaskTokens}. Under a virtual clock the wait is an alarm at the first
 * deadline, so the task times out at exactly that virtual instant, and an answer wakes it without letting time move.
 */
final class PendingTask {

    /** What ended a wait. */
    enum Wake { ANSWERED, TAKEN, EXPIRED, STOPPED }

    /** The running job of a {@code .sync} task: what an answer or a heartbeat sent with the token does to it. */
    interface Job {
        /** The token was answered: the job is cut short. */
        void answered();

        /** A heartbeat came with the token: the job's heartbeat interval restarts. */
        void beaten();
    }

    private static final Job NO_JOB = new Job() {
        @Override
        public void answered() {
        }

        @Override
        public void beaten() {
        }
    };

    private final String token;
    private final Clock clock;
    private final TaskDeadlines deadlines;
    private final JsonNode input;
    private final Job job;
    private boolean answered;
    private JsonNode output;
    private StatesError failure;
    private String worker;
    private boolean takenUnseen;
    private boolean closed;
    private VirtualClock.Alarm alarm;

    PendingTask(String token, Clock clock, TaskDeadlines deadlines, JsonNode input) {
        this(token, clock, deadlines, input, NO_JOB);
    }

    /** A job run's token: answers and heartbeats reach {@code job} while it runs. */
    PendingTask(String token, Clock clock, TaskDeadlines deadlines, JsonNode input, Job job) {
        this.token = token;
        this.clock = clock;
        this.deadlines = deadlines;
        this.input = input;
        this.job = job;
    }

    String token() {
        return token;
    }

    JsonNode input() {
        return input;
    }

    /** Waits for an answer, a worker taking the task (activities), a deadline or a stop, whichever comes first. */
    Wake await(Cancellation cancellation) {
        try (Cancellation.Registration ignored = cancellation.onCancel(this::wakeUp)) {
            while (true) {
                VirtualClock.Alarm waitFor;
                synchronized (this) {
                    if (takenUnseen) { // before the answer: ActivityStarted precedes the worker's answer
                        takenUnseen = false;
                        return Wake.TAKEN;
                    }
                    if (answered) {
                        return Wake.ANSWERED;
                    }
                    if (cancellation.isCancelled()) {
                        return Wake.STOPPED;
                    }
                    Instant limit = deadlines.next();
                    Instant now = clock.now();
                    if (!now.isBefore(limit)) {
                        return Wake.EXPIRED;
                    }
                    if (!(clock instanceof VirtualClock virtual)) {
                        TimeUnit.NANOSECONDS.timedWait(this, nanosBetween(now, limit));
                        continue;
                    }
                    waitFor = virtual.alarm(limit);
                    alarm = waitFor;
                }
                waitFor.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Wake.STOPPED;
        }
    }

    private static long nanosBetween(Instant now, Instant limit) {
        try {
            return Math.max(1, Duration.between(now, limit).toNanos());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 4;
        }
    }

    /** The answer, after {@link #await} returned {@link Wake#ANSWERED}: the output, or the failure thrown. */
    synchronized JsonNode answer() {
        if (failure != null) {
            throw failure;
        }
        return output;
    }

    /** The worker that took the task, after {@link #await} returned {@link Wake#TAKEN}. */
    synchronized String worker() {
        return worker;
    }

    /** What the deadline that ended the wait means ({@link Wake#EXPIRED}). */
    RuntimeException expiry() {
        return deadlines.expiry();
    }

    /** Ends the task for good: later answers are refused. */
    synchronized void close() {
        closed = true;
    }

    /** Whether an answer came before the task was closed; final once {@link #close()} has returned. */
    synchronized boolean answered() {
        return answered;
    }

    /** Records an answer; {@code false} when the task is already closed or answered. */
    boolean answer(JsonNode output, StatesError failure) {
        synchronized (this) {
            if (closed || answered) {
                return false;
            }
            answered = true;
            this.output = output;
            this.failure = failure;
        }
        wakeUp();
        job.answered();
        return true;
    }

    /** Restarts the heartbeat interval; {@code false} when the task is closed. */
    boolean beat() {
        synchronized (this) {
            if (closed) {
                return false;
            }
            deadlines.beat(clock.now());
        }
        job.beaten();
        wakeUp();
        return true;
    }

    /** A worker takes the activity task; {@code false} when it is already closed or taken. */
    boolean take(String workerName) {
        synchronized (this) {
            if (closed || answered || worker != null) {
                return false;
            }
            worker = workerName == null ? "" : workerName;
            takenUnseen = true;
            deadlines.beat(clock.now()); // the heartbeat interval starts when a worker has the task
        }
        wakeUp();
        return true;
    }

    private void wakeUp() {
        VirtualClock.Alarm current;
        synchronized (this) {
            notifyAll();
            current = alarm;
        }
        if (current != null) {
            current.wake();
        }
    }
}
