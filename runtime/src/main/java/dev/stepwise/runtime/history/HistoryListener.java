package dev.stepwise.runtime.history;

/**
 * Sees every event an execution records, in id order, whether or not the history keeps it: the hook for logs and
 * progress listeners. Called on the recording thread, so it must be quick.
 */
@FunctionalInterface
public interface HistoryListener {

    void recorded(HistoryEvent event);
}
