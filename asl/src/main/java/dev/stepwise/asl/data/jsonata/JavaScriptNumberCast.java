package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Utils;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * jsonata-js's {@code $number}: a number as it is; a string only when it is a decimal literal
 * ({@code -?[0-9]+(\.[0-9]+)?([Ee][-+]?[0-9]+)?}, finite) or a {@code 0x}/{@code 0o}/{@code 0b} integer;
 * {@code true} 1 and {@code false} 0; anything else fails with D3030.
 *
 * <p>The library parses strings with Java's number parsers instead: it accepted {@code " 12 "}, {@code "+5"},
 * {@code ".5"} and {@code "1."}, refused {@code "0o17"} and {@code "0b101"}, and failed other strings with a Java
 * parser's text ({@code For input string: "12abc"}) where jsonata-js says D3030.
 */
final class JavaScriptNumberCast {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([Ee][-+]?[0-9]+)?");
    /** jsonata-js's test, searched, not matched: its alternatives are anchored only at one end each. */
    private static final Pattern PREFIXED_TEST = Pattern.compile("^(0[xX][0-9A-Fa-f]+)|(0[oO][0-7]+)|(0[bB][0-1]+)$");
    /** What JavaScript's {@code Number()} then reads as a whole prefixed integer (after trimming). */
    private static final Pattern PREFIXED_LITERAL = Pattern.compile("0([xX][0-9A-Fa-f]+|[oO][0-7]+|[bB][01]+)");

    private JavaScriptNumberCast() {
    }

    static Object number(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        if (value instanceof String text) {
            if (DECIMAL.matcher(text).matches()) {
                double number = Double.parseDouble(text);
                if (Double.isFinite(number)) {
                    return Utils.convertNumber(number); // whole numbers as integers, as the library's literals
                }
            } else if (PREFIXED_TEST.matcher(text).find()) {
                Double number = prefixedInteger(text.strip());
                if (number != null) {
                    return Utils.convertNumber(number);
                }
                // JavaScript's Number() reads a string the test let through but that is no whole literal
                // ("0x1g") as NaN, which no JSON value holds; it fails here as any other uncastable string.
            }
        }
        throw new JException("D3030", -1, value);
    }

    private static Double prefixedInteger(String text) {
        if (!PREFIXED_LITERAL.matcher(text).matches()) {
            return null;
        }
        int radix = switch (text.charAt(1)) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            default -> 2;
        };
        return new BigInteger(text.substring(2), radix).doubleValue();
    }
}
