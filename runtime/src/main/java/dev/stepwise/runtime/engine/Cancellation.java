package dev.stepwise.runtime.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops a flow at its next transition: set when a sibling branch or iteration fails, or when the execution is
 * stopped. A child sees its own flag and every ancestor's.
 *
 * <p>A thread that blocks outside the engine's control (waiting for a Task handler) cannot wait for the next
 * transition: it registers a listener that runs as soon as its flow or an ancestor is cancelled.
 */
final class Cancellation {

    private final Cancellation parent;
    private volatile boolean cancelled;
    /** Listeners of this flow and of its descendants; made on first use, as most flows never block on a handler. */
    private volatile Set<Runnable> listeners;

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
        Set<Runnable> current = listeners;
        if (current != null) {
            current.forEach(Runnable::run);
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
            c.listenerSet().add(listener);
        }
        if (isCancelled()) {
            listener.run(); // cancelled before the registration was visible
        }
        return () -> {
            for (Cancellation c = this; c != null; c = c.parent) {
                c.listeners.remove(listener);
            }
        };
    }

    private Set<Runnable> listenerSet() {
        Set<Runnable> current = listeners;
        if (current == null) {
            synchronized (this) {
                current = listeners;
                if (current == null) {
                    current = ConcurrentHashMap.newKeySet();
                    listeners = current;
                }
            }
        }
        return current;
    }

    /** Ends a listener's registration. */
    @FunctionalInterface
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
