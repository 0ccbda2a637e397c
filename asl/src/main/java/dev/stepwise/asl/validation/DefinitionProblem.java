package dev.stepwise.asl.validation;

import java.util.Objects;

/**
 * One thing wrong with a state machine definition, found by the validator or the compiler.
 *
 * @param location JSON pointer to the offending value, e.g. {@code /States/Charge/Retry/0/ErrorEquals}
 * @param code     AWS's diagnostic code, one of {@link ProblemCodes}
 * @param message  what is wrong and what is allowed instead
 */
public record DefinitionProblem(String location, String code, String message) {

    public DefinitionProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The problem the way AWS prints it: {@code CODE: message at /location}. */
    @Override
    public String toString() {
        return code + ": " + message + " at " + (location.isEmpty() ? "/" : location);
    }
}
