package dev.stepwise.runtime.executions;

/**
 * A call refused as AWS refuses it; {@link #errorCode()} is the name of AWS's exception, e.g.
 * {@code ExecutionAlreadyExists} or {@code ExecutionNotRedrivable}.
 */
public final class ApiRefusedException extends RuntimeException {

    public static final String EXECUTION_ALREADY_EXISTS = "ExecutionAlreadyExists";
    public static final String EXECUTION_NOT_REDRIVABLE = "ExecutionNotRedrivable";
    public static final String STATE_MACHINE_TYPE_NOT_SUPPORTED = "StateMachineTypeNotSupported";
    public static final String CONFLICT = "ConflictException";

    private final String errorCode;

    public ApiRefusedException(String errorCode, String message) {
        super(errorCode + ": " + message);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
