package dev.stepwise.processor.diag;

import java.util.List;

/** A problem found by a pure checker that does not know where its input came from; the caller places it. */
public record Finding(Message message, List<Object> args) {

    public Finding {
        args = List.copyOf(args);
    }

    public static Finding of(Message message, Object... args) {
        return new Finding(message, List.of(args));
    }

    public Problem at(Where where) {
        return new Problem(message, where, args);
    }
}
