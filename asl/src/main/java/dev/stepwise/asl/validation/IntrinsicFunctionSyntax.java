package dev.stepwise.asl.validation;

import dev.stepwise.asl.data.intrinsics.Intrinsics;
import java.util.Optional;

/**
 * Checks an intrinsic function call such as {@code States.Format('Hi {}', $.name)} with the compiler the engine
 * runs it with ({@link Intrinsics}): one grammar, so a call the validator accepts is a call the engine can run.
 */
final class IntrinsicFunctionSyntax {

    private IntrinsicFunctionSyntax() {
    }

    /** Whether a payload value is meant as a call rather than a path. */
    static boolean looksLikeCall(String value) {
        return value.startsWith("States.");
    }

    /** What is wrong with the call, or empty when it is well formed. */
    static Optional<String> syntaxError(String call) {
        try {
            Intrinsics.compile(call);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
