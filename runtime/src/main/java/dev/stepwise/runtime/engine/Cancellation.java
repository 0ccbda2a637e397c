package dev.stepwise.runtime.engine;

import java.time.Instant;
import java.util.Arrays;

/**
 * Stops a flow at its next transition: set when a sibling branch or iteration fails, or when the execution is
 * stopped. A child sees its own flag and every ancestor's.
 *
 * <p>A flow may also have a deadline of its own, earlier than its execution's: an Express child workflow of a
 * Distributed Map ends after five minutes, as any Express execution. A child flow keeps its parent's deadline.
 *
 * <p>A thread that blocks outside the engine's control (waiting for a Task handler) cannot wait for the next
 * transition: it registers a listener that runs as soon as its flow or an ancestor is cancelled.
 */
final class Cancellation {

    private static final Runnable[] NONE = {};

    private final Cancellation parent;
    /** The earliest deadline of this flow and its ancestors; {@code null} when only the execution's applies. */
    private final Instant deadline;
    private volatile boolean cancelled;
    /**
     * Listeners of this flow and of its descendants, in {@code listeners[0..count)}; guarded by {@code this}. A flow
     * has one per thread blocked on it at most, so a small array under a lock is cheaper than a concurrent set,
     * whose node, identity hash and resizing per registration were 6% of a retried Task's attempt (async-profiler).
     */
    private Runnable[] listeners = NONE;
    private int count;

    private Cancellation(Cancellation parent, Instant deadline) {
        this.parent = parent;
        this.deadline = deadline;
    }

    static Cancellation root() {
        return new Cancellation(null, null);
    }

    Cancellation child() {
        return new Cancellation(this, deadline);
    }

    /** A child flow that must end by {@code at}, or by an ancestor's deadline if that comes first. */
    Cancellation childUntil(Instant at) {
        return new Cancellation(this, deadline != null && deadline.isBefore(at) ? deadline : at);
    }

    /** This flow's own deadline (or an ancestor's), {@code null} when only its execution's applies. */
    Instant deadline() {
        return deadline;
    }

    void cancel() {
        cancelled = true;
        Runnable[] current;
        synchronized (this) {
            current = count == 0 ? NONE : Arrays.copyOf(listeners, count);
        }
        for (Runnable listener : current) {
            listener.run();
        }
    }

    boolean isCancelled() {
        for (Cancellation c = this; c != null; c = c.parent) {
            if (c.cancelled) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code listener} once this flow or an ancestor is cancelled (at once if it already is), until the returned
     * registration is closed. The listener may run more than once, and on the cancelling thread: keep it short.
     */
    Registration onCancel(Runnable listener) {
        // Registered on every ancestor too: cancelling any of them reaches it without walking down the tree.
        for (Cancellation c = this; c != null; c = c.parent) {
            c.add(listener);
        }
        if (isCancelled()) {
            listener.run(); // cancelled before the registration was visible
        }
        return () -> {
            for (Cancellation c = this; c != null; c = c.parent) {
                c.remove(listener);
            }
        };
    }

    private synchronized void add(Runnable listener) {
        if (count == listeners.length) {
            listeners = Arrays.copyOf(listeners, Math.max(2, 2 * count));
        }
        listeners[count++] = listener;
    }

    private synchronized void remove(Runnable listener) {
        for (int i = count - 1; i >= 0; i--) {
            if (listeners[i] == listener) {
                System.arraycopy(listeners, i + 1, listeners, i, count - i - 1);
                listeners[--count] = null;
                return;
            }
        }
    }

    /** Ends a listener's registration. */
    @FunctionalInterface
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
