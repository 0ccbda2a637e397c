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

    public StatesError(String error, String cause) {
        this(error, cause, false);
    }

    StatesError(String error, String cause, boolean missedHeartbeat) {
        super(null, null, false, false);
        this.error = error;
        this.cause = cause;
        this.missedHeartbeat = missedHeartbeat;
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

    /** Whether Catch with {@code States.ALL} may not catch this error (AWS: Runtime and DataLimitExceeded). */
    public boolean isUncatchable() {
        return StatesErrors.RUNTIME.equals(error) || StatesErrors.DATA_LIMIT_EXCEEDED.equals(error);
    }
}
