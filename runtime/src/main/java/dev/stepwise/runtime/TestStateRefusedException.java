package dev.stepwise.runtime;

/**
 * A TestState call refused as AWS's TestState refuses it: {@link #errorCode()} names AWS's exception
 * ({@code ValidationException} or {@code InvalidDefinition}) and the message is AWS's. An
 * {@link IllegalArgumentException}, like the runtime's other checks of a call's arguments.
 */
public final class TestStateRefusedException extends IllegalArgumentException {

    public static final String VALIDATION = "ValidationException";
    public static final String INVALID_DEFINITION = "InvalidDefinition";

    private final String errorCode;

    TestStateRefusedException(String errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    static TestStateRefusedException validation(String message) {
        return new TestStateRefusedException(VALIDATION, message);
    }

    /** The name of AWS's exception for this refusal. */
    public String errorCode() {
        return errorCode;
    }
}
