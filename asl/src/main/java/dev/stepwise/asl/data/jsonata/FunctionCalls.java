package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.Functions;
import java.util.List;

/** Calls a JSONata function value (a lambda or a built-in) from a function of ours, as the library calls it. */
final class FunctionCalls {

    private FunctionCalls() {
    }

    /**
     * The function's result. The library declares {@code Throwable}; runtime exceptions and Java errors (a stack
     * overflow in a recursive lambda) pass as they are, for the evaluation to report; anything else is wrapped.
     */
    static Object apply(Object function, List<?> args) {
        try {
            return Functions.funcApply(function, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
