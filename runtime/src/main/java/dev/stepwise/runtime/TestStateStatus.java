package dev.stepwise.runtime;

/**
 * The {@code status} of AWS's TestState API (its {@code TestExecutionStatus}): how the state tested alone ended.
 */
public enum TestStateStatus {
    /** The state ended normally; {@code nextState} is where it goes (none at an end). */
    SUCCEEDED,
    /** The state failed with an error neither its Retry nor its Catch takes. */
    FAILED,
    /** A Retry of the state takes its error and has attempts left: a real execution would run the state again. */
    RETRIABLE,
    /** A Catch of the state takes its error (no Retry or no attempts left): {@code nextState} is the Catch's Next. */
    CAUGHT_ERROR
}
