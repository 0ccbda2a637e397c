package dev.stepwise.asl.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.AslLimits;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks AWS's 256 KiB payload limit without writing the JSON out: walks the tree adding up the exact UTF-8 size of
 * its compact JSON text (separators and string escapes included), and stops as soon as the limit is passed.
 *
 * <p>The walk also enforces {@link Json#MAX_DEPTH}: a document nested deeper counts as over the limit, so the
 * recursion here (and in every later walk of a document that passed) stays shallow.
 */
public final class PayloadSize {

    /** A byte budget no document reaches: for a walk that checks only the depth. */
    public static final long UNLIMITED = Long.MAX_VALUE / 4;

    /** How a document keeps its bounds; when it breaks both, its depth is what is reported. */
    public enum Fit { FITS, TOO_LARGE, TOO_DEEP }

    /** What {@link #size} returns for a document nested deeper than {@link Json#MAX_DEPTH}. */
    private static final long TOO_DEEP = Long.MAX_VALUE / 2;

    private PayloadSize() {
    }

    /**
     * Whether {@code node} keeps to {@code maxBytes} of compact JSON text and {@link Json#MAX_DEPTH} levels. One walk
     * when it does; a document that does not is walked once more to its full depth, since the first walk stops as
     * soon as it passes {@code maxBytes}.
     */
    public static Fit fit(JsonNode node, long maxBytes) {
        if (maxBytes >= UNLIMITED) {
            return tooDeep(node) ? Fit.TOO_DEEP : Fit.FITS;
        }
        if (walk(node, maxBytes + 1, Json.MAX_DEPTH, true) <= maxBytes) {
            return Fit.FITS;
        }
        return tooDeep(node) ? Fit.TOO_DEEP : Fit.TOO_LARGE;
    }

    /** Whether {@code node} nests deeper than {@link Json#MAX_DEPTH}: the walk with no sizing. */
    private static boolean tooDeep(JsonNode node) {
        return walk(node, UNLIMITED, Json.MAX_DEPTH, false) == TOO_DEEP;
    }

    /**
     * The serialized size of {@code node}, or any value above {@code budget} once it is known to be larger (or
     * to nest deeper than {@link Json#MAX_DEPTH}).
     */
    public static long size(JsonNode node, long budget) {
        return walk(node, budget, Json.MAX_DEPTH, true);
    }

    /**
     * The one walk that holds the depth rule: {@link #TOO_DEEP} for a document nested deeper than {@code depthLeft},
     * else its size when {@code sizing} (stopping once past {@code budget}), else a number below {@code budget}
     * that means nothing more (the scalars are not measured, a depth check alone).
     */
    private static long walk(JsonNode node, long budget, int depthLeft, boolean sizing) {
        if (!sizing && !node.isContainerNode()) {
            return 0;
        }
        switch (node.getNodeType()) {
            case STRING:
                return quotedLength(node.textValue());
            case OBJECT: {
                if (depthLeft == 0) {
                    return TOO_DEEP;
                }
                long total = node.isEmpty() ? 2 : 1; // the braces, less the comma the first member does not need
                Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
                while (it.hasNext() && total <= budget) {
                    Map.Entry<String, JsonNode> field = it.next();
                    long value = walk(field.getValue(), budget - total, depthLeft - 1, sizing);
                    if (value == TOO_DEEP) {
                        return TOO_DEEP;
                    }
                    // the key, a colon and a comma (or the closing brace)
                    total += (sizing ? quotedLength(field.getKey()) : 0) + 2 + value;
                }
                return total;
            }
            case ARRAY: {
                if (depthLeft == 0) {
                    return TOO_DEEP;
                }
                long total = node.isEmpty() ? 2 : 1;
                for (int i = 0; i < node.size() && total <= budget; i++) {
                    long element = walk(node.get(i), budget - total, depthLeft - 1, sizing);
                    if (element == TOO_DEEP) {
                        return TOO_DEEP;
                    }
                    total += 1 + element;
                }
                return total;
            }
            case NUMBER:
                return node.asText().length();
            case BOOLEAN:
                return node.booleanValue() ? 4 : 5;
            default:
                return 4;
        }
    }

    /** The UTF-8 length of a string as JSON writes it: quoted, with quotes, backslashes and controls escaped. */
    private static long quotedLength(String text) {
        long bytes = text.length() + 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                continue; // most text: one byte a char, counted above
            }
            bytes += extraBytes(c);
        }
        return bytes;
    }

    /**
     * How many chars of {@code text}, from its start, take at most {@code maxBytes} escaped inside a JSON string
     * (quotes not counted), never ending between the halves of a surrogate pair.
     */
    public static int escapedPrefix(String text, long maxBytes) {
        long bytes = 0;
        int length = 0;
        while (length < text.length() && bytes + 1 + extraBytes(text.charAt(length)) <= maxBytes) {
            bytes += 1 + extraBytes(text.charAt(length));
            length++;
        }
        return length > 0 && length < text.length() && Character.isHighSurrogate(text.charAt(length - 1))
                ? length - 1 : length;
    }

    /** The bytes a char takes in a JSON string beyond one: escapes of controls, quotes and backslashes, UTF-8. */
    private static int extraBytes(char c) {
        if (c < 0x20) {
            return c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r' ? 1 : 5; // \n or \u001f
        }
        if (c == '"' || c == '\\') {
            return 1;
        }
        if (c < 0x80) {
            return 0;
        }
        // two bytes below U+0800, three above; a surrogate pair's four bytes are two per half
        return c >= 0x800 && !Character.isSurrogate(c) ? 2 : 1;
    }
}
