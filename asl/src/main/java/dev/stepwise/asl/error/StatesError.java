package dev.stepwise.asl.error;

/**
 * An ASL error raised while running a state: the {@code Error} name and {@code Cause} that Retry and Catch match
 * and that a failed execution reports.
 *
 * <p>Thrown and caught inside the interpreter as control flow, so it skips the stack trace, and builds its message
 * only when asked.
 */
public final class StatesError extends RuntimeException {

    private final String error;
    private final String cause;
    /** A Task's missed HeartbeatSeconds: named {@code States.Timeout}, matched by {@code States.HeartbeatTimeout}. */
    private final boolean missedHeartbeat;
    /** A Task's failure as its history records it (TaskFailed, TaskTimedOut), not an error of the state's data flow. */
    private final boolean taskFailure;

    public StatesError(String error, String cause) {
        this(error, cause, false, false);
    }

    StatesError(String error, String cause, boolean missedHeartbeat) {
        this(error, cause, missedHeartbeat, false);
    }

    private StatesError(String error, String cause, boolean missedHeartbeat, boolean taskFailure) {
        super(null, null, false, false);
        this.error = error;
        this.cause = cause;
        this.missedHeartbeat = missedHeartbeat;
        this.taskFailure = taskFailure;
    }

    /**
     * This error as a Task's own failure (history: TaskFailed). AWS's States.ALL catches a Task's result past
     * 256 KiB, {@code States.DataLimitExceeded}, recorded in the conformance case
     * {@code error_handling__test_service_task_lambada_catch_state_all_data_limit_exceeded_on_large}.
     */
    public StatesError asTaskFailure() {
        return taskFailure ? this : new StatesError(error, cause, missedHeartbeat, true);
    }

    @Override
    public String getMessage() {
        return error + (cause == null ? "" : ": " + cause);
    }

    /** The error name, e.g. {@code States.Runtime} or a task's own error. */
    public String error() {
        return error;
    }

    /** The human-readable cause; may be {@code null}. */
    public String cause() {
        return cause;
    }

    /**
     * Whether a Task raised this because it missed its HeartbeatSeconds ({@link StatesErrors#heartbeatTimeout()}),
     * which a Retry or Catch naming {@code States.HeartbeatTimeout} matches as well as one naming its error name.
     */
    public boolean isHeartbeatTimeout() {
        return missedHeartbeat;
    }

    /**
     * Whether Retry and Catch may not handle this error (AWS): {@code States.Runtime}, and
     * {@code States.DataLimitExceeded} unless it is a Task's failure (a state's output past the limit is not).
     */
    public boolean isUncatchable() {
        return StatesErrors.RUNTIME.equals(error)
                || (!taskFailure && StatesErrors.DATA_LIMIT_EXCEEDED.equals(error));
    }
}
