package dev.stepwise.asl.data.intrinsics;

import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;

/** Builds the {@code States.IntrinsicFailure} errors that function bodies raise. */
final class IntrinsicFailure {

    private IntrinsicFailure() {
    }

    static StatesError of(String function, String detail) {
        return new StatesError(StatesErrors.INTRINSIC_FAILURE, "Invalid arguments in " + function + ": " + detail);
    }
}
