package dev.stepwise.processor.parse;

import static dev.stepwise.asl.data.intrinsics.Intrinsics.compile;
import static dev.stepwise.asl.data.intrinsics.Intrinsics.functionNames;

import dev.stepwise.processor.diag.Finding;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Suggestions;
import dev.stepwise.asl.data.intrinsics.IntrinsicSyntaxException;
import dev.stepwise.asl.data.path.PathSyntaxException;
import java.util.Optional;

/**
 * Checks intrinsic function calls ({@code States.Format('{}', $.name)}) by compiling them with the runtime's
 * intrinsic compiler, so javac accepts exactly the calls the local runtime can run, and turns its errors into
 * findings: unknown names (with the closest known one), argument counts, literal argument types and syntax.
 */
public final class Intrinsics {

    private Intrinsics() {
    }

    public static boolean isCall(String value) {
        return value.startsWith("States.");
    }

    /** Checks a {@code .$} value or an ErrorPath/CausePath: a path, or an intrinsic call. */
    public static Optional<Finding> checkSource(String value, String what) {
        return isCall(value) ? check(value) : PathSyntax.checkPath(value, what);
    }

    public static Optional<Finding> check(String call) {
        try {
            compile(call);
            return Optional.empty();
        } catch (IntrinsicSyntaxException e) {
            return Optional.of(finding(call, e));
        }
    }

    private static Finding finding(String call, IntrinsicSyntaxException e) {
        return switch (e.kind()) {
            case UNKNOWN_FUNCTION -> Finding.of(Message.UNKNOWN_INTRINSIC, e.function(),
                    Suggestions.didYouMean(e.function(), functionNames()));
            case WRONG_ARGUMENT_COUNT ->
                    Finding.of(Message.INTRINSIC_ARITY, e.function(), e.expectedArity(), e.actualCount());
            case INVALID_PATH -> PathSyntax.finding((PathSyntaxException) e.getCause(), "path argument");
            case SYNTAX, WRONG_ARGUMENT_TYPE, INVALID_ARGUMENT, TOO_DEEP ->
                    Finding.of(Message.INVALID_PATH, call, "intrinsic function call", reason(call, e));
        };
    }

    /** The runtime's reason, with the 1-based column in the call as written (the runtime strips it first). */
    private static String reason(String call, IntrinsicSyntaxException e) {
        if (e.column() < 0) {
            return e.reason();
        }
        int leadingSpace = call.length() - call.stripLeading().length();
        return e.reason() + " at column " + (leadingSpace + e.column() + 1);
    }
}
