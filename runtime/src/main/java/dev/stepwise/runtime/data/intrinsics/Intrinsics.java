package dev.stepwise.runtime.data.intrinsics;

import dev.stepwise.runtime.data.ValueExpression;

/** Entry point for intrinsic functions ({@code States.Format(...)}, ...). */
public final class Intrinsics {

    private Intrinsics() {
    }

    /**
     * Compiles an intrinsic function call.
     *
     * @throws IllegalArgumentException when the text is not a valid call
     */
    public static ValueExpression compile(String text) {
        // Placeholder until the intrinsic function library lands on main.
        throw new IllegalArgumentException("intrinsic functions are not supported yet: " + text);
    }
}
