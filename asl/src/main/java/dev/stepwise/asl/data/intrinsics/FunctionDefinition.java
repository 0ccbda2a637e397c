package dev.stepwise.asl.data.intrinsics;

import java.util.List;

/**
 * An intrinsic function: its signature and how a call binds to a body.
 *
 * <p>Most functions have one body; a few look at their literal arguments once at compile time
 * (States.Format parses its template, States.JsonMerge rejects a literal deep-merge flag), so binding is a step.
 */
record FunctionDefinition(Signature signature, Binder binder) {

    /** Turns a call's compiled arguments into the body to run; throws {@link IllegalArgumentException} if invalid. */
    @FunctionalInterface
    interface Binder {
        FunctionBody bind(List<Argument> arguments);
    }

    static FunctionDefinition of(Signature signature, FunctionBody body) {
        return new FunctionDefinition(signature, arguments -> body);
    }

    String name() {
        return signature.name();
    }
}
