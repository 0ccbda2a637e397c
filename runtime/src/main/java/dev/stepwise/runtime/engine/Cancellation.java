package dev.stepwise.runtime.engine;

/**
 * Stops a flow at its next transition: set when a sibling branch or iteration fails, or when the execution is
 * stopped. A child sees its own flag and every ancestor's.
 */
final class Cancellation {

    private final Cancellation parent;
    private volatile boolean cancelled;

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
    }

    boolean isCancelled() {
        for (Cancellation c = this; c != null; c = c.parent) {
            if (c.cancelled) {
                return true;
            }
        }
        return false;
    }
}
