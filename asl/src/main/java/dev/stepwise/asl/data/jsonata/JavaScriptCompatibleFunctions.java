package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Replacements for built-in functions where the Java library's output differs from jsonata-js, which AWS runs.
 *
 * <ul>
 *   <li>{@code $string}: JavaScript writes whole numbers below 1e21 in full ({@code 100000000000000000000});
 *       the library switches to exponent notation at 1e19.</li>
 *   <li>{@code $encodeUrl}: the library encodes a space as {@code +} and drops the fragment; JavaScript's
 *       {@code encodeURI} writes {@code %20} and keeps every reserved character.</li>
 *   <li>{@code $sort}: see {@link JavaScriptSort}.</li>
 *   <li>{@code $number}: see {@link JavaScriptNumberCast}.</li>
 *   <li>{@code $replace}: see {@link RegexFunctions}.</li>
 * </ul>
 */
final class JavaScriptCompatibleFunctions {

    private static final MathContext FIFTEEN_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    /** Integers below this have at most 15 digits, so rounding leaves them as they are. */
    private static final long FIFTEEN_DIGIT_LIMIT = 1_000_000_000_000_000L;
    private static final String URI_UNESCAPED = "-_.!~*'()";
    private static final String URI_RESERVED = ";,/?:@&=+$#";

    private JavaScriptCompatibleFunctions() {
    }

    static void register(Jsonata expression) {
        expression.registerFunction("string", new JFunction((input, args) -> string(input, args), "<x-b?:s>"));
        expression.registerFunction("encodeUrl", new JFunction((input, args) -> encodeUri((String) args.get(0)), "<s-:s>"));
        expression.registerFunction("number", new JFunction((input, args) -> JavaScriptNumberCast.number(
                args.isEmpty() ? input : args.get(0)), "<(nsb)-:n>"));
        expression.registerFunction("sort", new JFunction((input, args) -> JavaScriptSort.sort(args), "<af?:a>"));
    }

    private static Object string(Object input, List<?> args) {
        Object value = args.isEmpty() ? input : args.get(0);
        if (value == null) {
            return null;
        }
        boolean pretty = args.size() > 1 && Boolean.TRUE.equals(args.get(1));
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Number number) {
            if (!isFinite(number)) {
                throw new JException("D3001", -1, value);
            }
            return numberToString(number);
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            StringBuilder out = new StringBuilder();
            JavaScriptJson.write(value, pretty, out);
            SizeBoundedFunctions.checkLength("$string", out.length());
            return out.toString();
        }
        return Functions.string(value, pretty);
    }

    private static boolean isFinite(Number number) {
        return !(number instanceof Double || number instanceof Float) || Double.isFinite(number.doubleValue());
    }

    /**
     * {@code $string} of a number as jsonata-js writes it: the double JavaScript holds, rounded to 15 significant
     * digits ({@code toPrecision(15)}, whole numbers included: {@code 1234567890123456} is written
     * {@code 1234567890123460}), then in JavaScript's notation (plain from 1e-6 up to 1e21, exponent outside).
     */
    static String numberToString(Number number) {
        if ((number instanceof Integer || number instanceof Long) && Math.abs(number.longValue()) < FIFTEEN_DIGIT_LIMIT) {
            return number.toString();
        }
        BigDecimal rounded = new BigDecimal(number.doubleValue()).round(FIFTEEN_DIGITS);
        if (rounded.signum() == 0) {
            return "0";
        }
        BigDecimal magnitude = rounded.abs();
        if (magnitude.compareTo(new BigDecimal("1e-6")) >= 0 && magnitude.compareTo(new BigDecimal("1e21")) < 0) {
            return rounded.stripTrailingZeros().toPlainString();
        }
        BigDecimal digits = rounded.stripTrailingZeros();
        int exponent = digits.precision() - digits.scale() - 1;
        String mantissa = digits.unscaledValue().abs().toString();
        String sign = digits.signum() < 0 ? "-" : "";
        String fraction = mantissa.length() > 1 ? "." + mantissa.substring(1) : "";
        return sign + mantissa.charAt(0) + fraction + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }

    /** JavaScript's {@code encodeURI}: UTF-8 percent-encoding of everything but letters, digits and URI marks. */
    static String encodeUri(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint < 128 && (Character.isLetterOrDigit(codePoint)
                    || URI_UNESCAPED.indexOf(codePoint) >= 0 || URI_RESERVED.indexOf(codePoint) >= 0)) {
                out.append((char) codePoint);
            } else {
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
        }
        return out.toString();
    }
}
