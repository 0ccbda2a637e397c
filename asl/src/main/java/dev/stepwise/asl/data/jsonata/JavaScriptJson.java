package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.List;
import java.util.Map;

/**
 * {@code JSON.stringify} as jsonata-js calls it for {@code $string}: numbers rounded to 15 significant digits and
 * written in JavaScript notation, functions written as {@code ""}, undefined members left out, and with
 * {@code pretty} a two-space indent. Containers check the length written so far after each member, so a value
 * whose text is far larger than the value (one shared many times) fails before the text fills the heap.
 */
final class JavaScriptJson {

    private static final JsonStringEncoder STRINGS = JsonStringEncoder.getInstance();

    private JavaScriptJson() {
    }

    static void write(Object value, boolean pretty, StringBuilder out) {
        write(value, pretty, 0, out);
    }

    private static void write(Object value, boolean pretty, int depth, StringBuilder out) {
        if (value == null || value == Jsonata.NULL_VALUE) {
            out.append("null");
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value instanceof Boolean bool) {
            out.append(bool);
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            out.append(Double.isFinite(d) ? JavaScriptCompatibleFunctions.numberToString(number) : "null");
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, pretty, depth, out);
        } else if (value instanceof List<?> list) {
            writeArray(list, pretty, depth, out);
        } else {
            out.append("\"\""); // a function or a regex
        }
    }

    private static void writeObject(Map<?, ?> map, boolean pretty, int depth, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            newLine(pretty, depth + 1, out);
            quote(String.valueOf(entry.getKey()), out);
            out.append(pretty ? ": " : ":");
            write(entry.getValue(), pretty, depth + 1, out);
            SizeBoundedFunctions.checkLength("$string", out.length());
        }
        if (!first) {
            newLine(pretty, depth, out);
        }
        out.append('}');
    }

    private static void writeArray(List<?> list, boolean pretty, int depth, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newLine(pretty, depth + 1, out);
            write(list.get(i), pretty, depth + 1, out);
            SizeBoundedFunctions.checkLength("$string", out.length());
        }
        if (!list.isEmpty()) {
            newLine(pretty, depth, out);
        }
        out.append(']');
    }

    private static void newLine(boolean pretty, int depth, StringBuilder out) {
        if (pretty) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        STRINGS.quoteAsString(text, out);
        out.append('"');
    }
}
