package dev.stepwise.runtime.data.intrinsics;

import dev.stepwise.runtime.error.StatesError;
import dev.stepwise.runtime.error.StatesErrors;

/** Builds the {@code States.IntrinsicFailure} errors that function bodies raise. */
final class IntrinsicFailure {

    private IntrinsicFailure() {
    }

    static StatesError of(String function, String detail) {
        return new StatesError(StatesErrors.INTRINSIC_FAILURE, "Invalid arguments in " + function + ": " + detail);
    }
}
