package dev.stepwise.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a runtime is still open, and the executions it may have to stop when it closes: those still running when
 * their start (or redrive) returned. Under a virtual clock most executions have ended by then and cost nothing here.
 */
final class RuntimeLifecycle {

    private boolean closed;
    /** {@link #close} has returned the executions to stop: one launched later is its caller's to stop. */
    private boolean handedOver;
    /** Starts and redrives under way: {@link #close} lets them reach the point where their run can be stopped. */
    private int launching;
    private final Set<Execution> live = new HashSet<>();
    /** The size at which {@link #track} next forgets the executions that have ended. */
    private int pruneAt = 64;

    /**
     * A start or redrive begins; pair with {@link #launched}.
     *
     * @throws IllegalStateException once the runtime is closed
     */
    synchronized void launching(String what) {
        if (closed) {
            throw new IllegalStateException("this LocalRuntime is closed: it cannot " + what
                    + "; build a new runtime for more executions");
        }
        launching++;
    }

    /**
     * The start or redrive has returned ({@code execution} is {@code null} when it was refused): its execution runs
     * on, or has ended.
     *
     * @return whether the caller must stop the execution itself: {@link #close} gave up waiting for this start
     *     and has handed over the executions to stop already
     */
    synchronized boolean launched(Execution execution) {
        launching--;
        if (launching == 0) {
            notifyAll();
        }
        if (execution == null || execution.status().isFinished()) {
            return false;
        }
        if (handedOver) {
            return true;
        }
        track(execution);
        return false;
    }

    private void track(Execution execution) {
        live.add(execution);
        if (live.size() >= pruneAt) {
            live.removeIf(known -> known.status().isFinished());
            pruneAt = Math.max(64, 2 * live.size());
        }
    }

    /**
     * Refuses every later start, waits up to {@code grace} for those under way, and returns the executions that may
     * still run. Empty when the runtime was closed before.
     */
    synchronized List<Execution> close(Duration grace) {
        if (closed) {
            return List.of();
        }
        closed = true;
        long end = System.nanoTime() + grace.toNanos();
        try {
            long left;
            while (launching > 0 && (left = end - System.nanoTime()) > 0) {
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Execution> running = new ArrayList<>();
        for (Execution execution : live) {
            if (!execution.status().isFinished()) {
                running.add(execution);
            }
        }
        live.clear();
        handedOver = true;
        return running;
    }
}
