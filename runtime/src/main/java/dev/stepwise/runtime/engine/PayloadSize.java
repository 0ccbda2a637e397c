package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks AWS's 256 KiB payload limit without writing the JSON out: walks the tree adding up (a close upper bound
 * of) its UTF-8 size, and stops as soon as the limit is passed.
 */
final class PayloadSize {

    static final long LIMIT_BYTES = 262_144;

    private PayloadSize() {
    }

    static boolean exceedsLimit(JsonNode node) {
        return size(node, LIMIT_BYTES + 1) > LIMIT_BYTES;
    }

    /** The serialized size of {@code node}, or any value above {@code budget} once it is known to be larger. */
    static long size(JsonNode node, long budget) {
        switch (node.getNodeType()) {
            case STRING:
                return utf8Length(node.textValue()) + 2;
            case OBJECT: {
                long total = 2;
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext() && total <= budget; ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    total += utf8Length(field.getKey()) + 4 + size(field.getValue(), budget - total);
                }
                return total;
            }
            case ARRAY: {
                long total = 2;
                for (int i = 0; i < node.size() && total <= budget; i++) {
                    total += 1 + size(node.get(i), budget - total);
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

    private static long utf8Length(String text) {
        long bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                bytes += c >= 0x800 && !Character.isSurrogate(c) ? 2 : 1;
            }
        }
        return bytes;
    }
}
