package dev.stepwise.runtime.engine;

import java.util.Arrays;

/**
 * Stops a flow at its next transition: set when a sibling branch or iteration fails, or when the execution is
 * stopped. A child sees its own flag and every ancestor's.
 *
 * <p>A thread that blocks outside the engine's control (waiting for a Task handler) cannot wait for the next
 * transition: it registers a listener that runs as soon as its flow or an ancestor is cancelled.
 */
final class Cancellation {

    private static final Runnable[] NONE = {};

    private final Cancellation parent;
    private volatile boolean cancelled;
    /**
     * Listeners of this flow and of its descendants, in {@code listeners[0..count)}; guarded by {@code this}. A flow
     * has one per thread blocked on it at most, so a small array under a lock is cheaper than a concurrent set,
     * whose node, identity hash and resizing per registration were 6% of a retried Task's attempt (async-profiler).
     */
    private Runnable[] listeners = NONE;
    private int count;

    Cancellation(Cancellation parent) {
        this.parent = parent;
    }

    static Cancellation root() {
        return new Cancellation(null);
    }

    Cancellation child() {
        return new Cancellation(this);
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
