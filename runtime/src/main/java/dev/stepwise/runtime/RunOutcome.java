package dev.stepwise.runtime;

import dev.stepwise.runtime.engine.ExecutionRun;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The end of one run of an execution, as those who wait for it see it: the run's outcome once it has ended, or what
 * crashed it. A latch of its own rather than a {@code CompletableFuture}, whose class set-up (the fork-join pool it
 * defaults to) and completion stages a short execution paid for without using them.
 */
final class RunOutcome {

    private volatile boolean done;
    private ExecutionRun.Outcome value;
    private Throwable crash;
    /** Threads blocked in {@link #get}: most runs end with nobody waiting, and then nobody is notified. */
    private int waiting;

    /** Ends the run: waiters wake up to {@code outcome}. */
    synchronized void complete(ExecutionRun.Outcome outcome) {
        value = outcome;
        done = true;
        wakeWaiters();
    }

    /** Ends the run with a crash: waiters get it wrapped in an {@link ExecutionException}. */
    synchronized void crash(Throwable thrown) {
        crash = thrown;
        done = true;
        wakeWaiters();
    }

    private void wakeWaiters() {
        if (waiting > 0) {
            notifyAll();
        }
    }

    boolean isDone() {
        return done;
    }

    /**
     * The outcome, or {@code null} while the run goes on.
     *
     * @throws CompletionException when the run crashed
     */
    ExecutionRun.Outcome getNow() {
        if (!done) {
            return null;
        }
        synchronized (this) {
            if (crash != null) {
                throw new CompletionException(crash);
            }
            return value;
        }
    }

    /** Waits for the end of the run. */
    synchronized ExecutionRun.Outcome get() throws InterruptedException, ExecutionException {
        waiting++;
        try {
            while (!done) {
                wait();
            }
        } finally {
            waiting--;
        }
        return result();
    }

    /** Waits at most {@code nanos} for the end of the run. */
    synchronized ExecutionRun.Outcome get(long nanos) throws InterruptedException, ExecutionException,
            TimeoutException {
        long end = System.nanoTime() + nanos;
        waiting++;
        try {
            while (!done) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException();
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } finally {
            waiting--;
        }
        return result();
    }

    private ExecutionRun.Outcome result() throws ExecutionException {
        if (crash != null) {
            throw new ExecutionException(crash);
        }
        return value;
    }
}
