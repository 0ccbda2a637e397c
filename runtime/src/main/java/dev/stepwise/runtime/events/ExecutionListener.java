package dev.stepwise.runtime.events;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.history.HistoryEvent;

/**
 * Hears about executions as they run. Both methods are called on execution threads; a listener that throws is
 * logged and skipped, never breaking the execution.
 */
public interface ExecutionListener {

    /** An execution was created and is about to run: the object to describe, stop or report it later. */
    default void executionCreated(Execution execution) {
    }

    /**
     * A Standard execution started, was redriven, or ended (as EventBridge reports it). Express executions report
     * none, as on AWS: follow them through {@link #eventRecorded} or their logs.
     */
    default void statusChanged(ExecutionStatusChange change) {
    }

    /** An execution recorded a history event: state entered, exited, failed, ... */
    default void eventRecorded(String executionArn, HistoryEvent event) {
    }

    /** Whether this listener wants {@link #eventRecorded}; when none does, events cost nothing extra. */
    default boolean wantsEvents() {
        return true;
    }
}
