package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;

import java.util.List;

/**
 * Replacements for the built-in functions whose result size an argument picks: {@code $pad("x", 1e9)} or a
 * {@code $join} of ten million strings would otherwise run for minutes or exhaust the heap before the evaluation's
 * time limit is next checked. They fail instead, as AWS fails a result that is too large.
 */
final class SizeBoundedFunctions {

    /**
     * The longest string a function may build, in chars: 10 MiB, the most all of an execution's variables may hold
     * together, and forty times the largest state output, so nothing a workflow can use is refused.
     */
    static final int MAX_STRING_LENGTH = 10 * 1024 * 1024;

    private SizeBoundedFunctions() {
    }

    static void register(Jsonata expression) {
        expression.registerFunction("pad", new JFunction((input, args) -> pad(args), "<s-ns?:s>"));
        expression.registerFunction("join", new JFunction((input, args) -> join(args), "<a<s>s?:s>"));
    }

    /** Fails when a function would build a string longer than {@link #MAX_STRING_LENGTH}. */
    static void checkLength(String function, long length) {
        if (length > MAX_STRING_LENGTH) {
            throw new StepFunctionsFunctions.FunctionException("The " + function + " function would return a string of "
                    + length + " characters, more than the " + MAX_STRING_LENGTH + " allowed.");
        }
    }

    /**
     * {@code $pad(str, width[, char])}: pads to {@code |width|} characters (code points), on the right for a
     * positive width and on the left for a negative one, repeating {@code char} (default a space).
     */
    private static String pad(List<?> args) {
        String text = (String) args.get(0);
        if (text == null) {
            return null;
        }
        long width = (long) Math.abs(((Number) args.get(1)).doubleValue());
        String fill = args.size() > 2 && args.get(2) instanceof String chars && !chars.isEmpty() ? chars : " ";
        long missing = width - text.codePointCount(0, text.length());
        if (missing <= 0) {
            return text;
        }
        checkLength("$pad", text.length() + missing * (fill.length() / fill.codePointCount(0, fill.length())));
        StringBuilder padding = new StringBuilder();
        for (long added = 0; added < missing; ) {
            for (int i = 0; i < fill.length() && added < missing; added++) {
                int codePoint = fill.codePointAt(i);
                padding.appendCodePoint(codePoint);
                i += Character.charCount(codePoint);
            }
        }
        return ((Number) args.get(1)).doubleValue() > 0 ? text + padding : padding + text;
    }

    /** {@code $join(strings[, separator])}, its length checked before anything is built. */
    private static String join(List<?> args) {
        Object first = args.get(0);
        if (first == null) {
            return null;
        }
        List<?> strings = first instanceof List<?> list ? list : List.of(first);
        String separator = args.size() > 1 && args.get(1) instanceof String s ? s : "";
        long length = (long) separator.length() * Math.max(0, strings.size() - 1);
        for (Object string : strings) {
            length += ((String) string).length();
        }
        checkLength("$join", length);
        StringBuilder joined = new StringBuilder((int) length);
        for (int i = 0; i < strings.size(); i++) {
            if (i > 0) {
                joined.append(separator);
            }
            joined.append((String) strings.get(i));
        }
        return joined.toString();
    }
}
