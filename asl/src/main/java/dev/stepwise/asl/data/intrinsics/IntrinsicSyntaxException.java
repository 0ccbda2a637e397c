package dev.stepwise.asl.data.intrinsics;

/**
 * An intrinsic function call that does not compile. Besides the plain message it carries what a caller may
 * present on its own terms: the kind of problem, the reason without the call text, the function concerned and
 * where in the call the problem is.
 */
public final class IntrinsicSyntaxException extends IllegalArgumentException {

    /** What is wrong with the call. */
    public enum Kind {
        /** Malformed text: a missing parenthesis, an unterminated string, a bad escape or number, ... */
        SYNTAX,
        /** No intrinsic function has this name. */
        UNKNOWN_FUNCTION,
        /** The function takes another number of arguments; see {@link #expectedArity()} and {@link #actualCount()}. */
        WRONG_ARGUMENT_COUNT,
        /** A literal argument has a type the function does not take. */
        WRONG_ARGUMENT_TYPE,
        /** A literal argument has the right type but a value the function rejects (an unknown hash algorithm, ...). */
        INVALID_ARGUMENT,
        /** A path argument does not compile; the cause is its {@code PathSyntaxException}. */
        INVALID_PATH,
        /** Calls nest deeper than {@link Intrinsics#MAX_NESTING}. */
        TOO_DEEP
    }

    private final Kind kind;
    private final String reason;
    private final String function;
    private final String expectedArity;
    private final int actualCount;
    private final int column;

    private IntrinsicSyntaxException(Builder builder) {
        super(builder.message, builder.cause);
        this.kind = builder.kind;
        this.reason = builder.reason;
        this.function = builder.function;
        this.expectedArity = builder.expectedArity;
        this.actualCount = builder.actualCount;
        this.column = builder.column;
    }

    static Builder of(Kind kind, String reason) {
        return new Builder(kind, reason);
    }

    public Kind kind() {
        return kind;
    }

    /** What is wrong, without the call text and position: "expected ',' or ')'". */
    public String reason() {
        return reason;
    }

    /** The function the problem concerns (e.g. {@code States.Hash}), or {@code null} for plain syntax errors. */
    public String function() {
        return function;
    }

    /** For {@link Kind#WRONG_ARGUMENT_COUNT}: "2 arguments", "2 to 3 arguments", "at least 1 argument"; else null. */
    public String expectedArity() {
        return expectedArity;
    }

    /** For {@link Kind#WRONG_ARGUMENT_COUNT}: the number of arguments given; else -1. */
    public int actualCount() {
        return actualCount;
    }

    /** The 0-based index in the (stripped) call text where the problem is, or -1 when it concerns the whole call. */
    public int column() {
        return column;
    }

    static final class Builder {

        private final Kind kind;
        private final String reason;
        private String message;
        private String function;
        private String expectedArity;
        private int actualCount = -1;
        private int column = -1;
        private Throwable cause;

        private Builder(Kind kind, String reason) {
            this.kind = kind;
            this.reason = reason;
        }

        Builder function(String name) {
            this.function = name;
            return this;
        }

        Builder arity(String expected, int actual) {
            this.expectedArity = expected;
            this.actualCount = actual;
            return this;
        }

        Builder column(int index) {
            this.column = index;
            return this;
        }

        Builder cause(Throwable throwable) {
            this.cause = throwable;
            return this;
        }

        /** The exception, with {@code message} as its plain message (the call text and position included). */
        IntrinsicSyntaxException build(String message) {
            this.message = message;
            return new IntrinsicSyntaxException(this);
        }
    }
}
