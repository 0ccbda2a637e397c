package dev.stepwise.asl.data.intrinsics;

import java.util.List;

/**
 * The name and parameters of an intrinsic function: required parameters, then optional ones, then (for
 * {@code States.Array} and {@code States.Format}) any number of trailing arguments of one type.
 */
record Signature(String name, List<ArgType> required, List<ArgType> optional, ArgType variadic) {

    static Signature of(String name, ArgType... required) {
        return new Signature(name, List.of(required), List.of(), null);
    }

    Signature withOptional(ArgType... types) {
        return new Signature(name, required, List.of(types), variadic);
    }

    Signature withVariadic(ArgType type) {
        return new Signature(name, required, optional, type);
    }

    boolean acceptsCount(int count) {
        int max = required.size() + optional.size();
        return count >= required.size() && (variadic != null || count <= max);
    }

    /** The expected type of the argument at {@code index} (0-based); only valid when the count is accepted. */
    ArgType typeAt(int index) {
        if (index < required.size()) {
            return required.get(index);
        }
        int optionalIndex = index - required.size();
        return optionalIndex < optional.size() ? optional.get(optionalIndex) : variadic;
    }

    /** For error messages, e.g. "2 arguments", "2 or 3 arguments", "at least 1 argument". */
    String arityDescription() {
        int min = required.size();
        int max = min + optional.size();
        if (variadic != null) {
            return "at least " + plural(min);
        }
        return min == max ? plural(min) : min + " to " + plural(max);
    }

    private static String plural(int count) {
        return count + (count == 1 ? " argument" : " arguments");
    }
}
