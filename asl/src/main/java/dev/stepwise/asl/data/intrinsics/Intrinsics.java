package dev.stepwise.asl.data.intrinsics;

import dev.stepwise.asl.data.ValueExpression;
import java.util.SortedSet;

/**
 * Entry point for intrinsic functions ({@code States.Format(...)}, ...): parses a call once into a tree of
 * compiled arguments and bound function bodies.
 */
public final class Intrinsics {

    /** AWS lets intrinsic calls nest up to this many levels (the outermost call counts as one). */
    public static final int MAX_NESTING = 10;

    private Intrinsics() {
    }

    /**
     * Compiles an intrinsic function call such as {@code States.Format('Hi {}', $.name)}.
     *
     * <p>The result evaluates to {@code null} when a path argument selects nothing, and raises
     * {@code States.IntrinsicFailure} when argument values are unusable (wrong type, index out of range, ...).
     *
     * @throws IntrinsicSyntaxException when the text is not a valid call: syntax, unknown function, wrong number
     *     of arguments, a literal argument of the wrong type or value, an invalid path, or nesting too deep
     * @throws IllegalArgumentException when the text is {@code null}
     */
    public static ValueExpression compile(String text) {
        if (text == null) {
            throw new IllegalArgumentException("an intrinsic function call must not be null");
        }
        return new IntrinsicParser(text.strip()).parse();
    }

    /** The names of all intrinsic functions ({@code States.Array}, ...), sorted. */
    public static SortedSet<String> functionNames() {
        return FunctionRegistry.names();
    }
}
