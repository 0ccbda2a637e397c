package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Utils;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Replacements for the built-ins whose running time grows with the square of their input, in the library or in
 * the JDK beneath it. The evaluation's time limit is checked between the steps of an expression, never inside one
 * built-in, so {@code $uppercase} of ten million 'ß' or a {@code $spread} of a million objects ran for hours.
 *
 * <ul>
 *   <li>{@code $uppercase} and {@code $lowercase}: the JDK copies the whole result each time a character maps to
 *       two ('ß' to "SS", 'İ' to "i̇"). They convert in chunks, so each copy is a chunk's. They also convert
 *       without the JVM's default locale, as JavaScript does: a Turkish locale turned 'i' into 'İ'.</li>
 *   <li>{@code $spread}: the library copies the result so far for every item (as jsonata-js's {@code append}
 *       does); this appends in place, with the same result.</li>
 * </ul>
 */
final class LinearTimeFunctions {

    /**
     * Chars converted at once. The JDK's cost for a chunk grows with its length times its expanding characters, so
     * the total is the text's length times this.
     */
    static final int CHUNK = 256;
    private static final char CAPITAL_SIGMA = '\u03A3';

    private LinearTimeFunctions() {
    }

    static void register(Jsonata expression) {
        expression.registerFunction("uppercase", new JFunction((input, args) -> uppercase((String) args.get(0)),
                "<s-:s>"));
        expression.registerFunction("lowercase", new JFunction((input, args) -> lowercase((String) args.get(0)),
                "<s-:s>"));
        expression.registerFunction("spread", new JFunction((input, args) -> spread(args.get(0)), "<x-:a<o>>"));
    }

    /** Upper-casing has no context: a chunk may end at any character. */
    static String uppercase(String text) {
        return text == null ? null : inChunks(text, chunk -> chunk.toUpperCase(Locale.ROOT), false);
    }

    /**
     * Lower-casing has one context rule: a capital sigma ends a word as 'ς', which depends on the letters around
     * it (within its word). With a sigma in the text, a chunk ends only after whitespace, where words end; a
     * single word longer than a chunk is then converted whole.
     */
    static String lowercase(String text) {
        return text == null ? null : inChunks(text, chunk -> chunk.toLowerCase(Locale.ROOT),
                text.indexOf(CAPITAL_SIGMA) >= 0);
    }

    private static String inChunks(String text, UnaryOperator<String> convert, boolean endAfterWhitespace) {
        if (text.length() <= CHUNK) {
            return convert.apply(text);
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
        int start = 0;
        while (start < text.length()) {
            int end = chunkEnd(text, start, endAfterWhitespace);
            out.append(convert.apply(text.substring(start, end)));
            start = end;
        }
        return out.toString();
    }

    private static int chunkEnd(String text, int start, boolean endAfterWhitespace) {
        int end = Math.min(text.length(), start + CHUNK);
        if (endAfterWhitespace) {
            while (end < text.length() && !Character.isWhitespace(text.charAt(end - 1))) {
                end++;
            }
        }
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++; // never between the two halves of a character
        }
        return end;
    }

    /**
     * {@code $spread}: an object becomes a sequence of one-field objects, an array the sequence of its items'
     * spreads, anything else stays as it is. The first item goes through the library's {@code append}, which
     * makes the list the rest is added to.
     */
    @SuppressWarnings("unchecked")
    static Object spread(Object value) {
        if (value instanceof List<?> list) {
            Object result = Utils.createSequence();
            boolean owned = false; // whether result is a list the library's append made for this call
            for (Object item : list) {
                Object spread = spread(item);
                if (spread == null) {
                    continue;
                }
                if (!owned) {
                    Object appended = Functions.append(result, spread);
                    owned = appended != spread;
                    result = appended;
                } else if (spread instanceof List<?> items) {
                    ((List<Object>) result).addAll(items);
                } else {
                    ((List<Object>) result).add(spread);
                }
            }
            return result;
        }
        if (value instanceof Map<?, ?> object) {
            List<Object> result = Utils.createSequence();
            for (Map.Entry<?, ?> field : object.entrySet()) {
                Map<Object, Object> one = new LinkedHashMap<>();
                one.put(field.getKey(), field.getValue());
                result.add(one);
            }
            return result;
        }
        return value;
    }
}
