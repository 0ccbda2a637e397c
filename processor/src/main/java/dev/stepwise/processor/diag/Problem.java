package dev.stepwise.processor.diag;

import java.util.List;

/** One diagnostic found by parsing, validation or type tracking, not yet reported. */
public record Problem(Message message, Where where, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(Message message, Where where, Object... args) {
        return new Problem(message, where, List.of(args));
    }

    public String text() {
        return message.format(args.toArray());
    }

    public boolean isError() {
        return message.kind() == javax.tools.Diagnostic.Kind.ERROR;
    }
}
