package dev.stepwise.asl.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A tree written out with every node's class and each scalar's exact value (a decimal's scale included), in
 * document order: two trees with the same shape are the same to the last node type, which {@code equals} is not
 * ({@code 1.5} equals {@code 1.50}, an int node may equal a long node's value).
 */
public final class TreeShape {

    private TreeShape() {
    }

    public static String of(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null) {
            out.append("null-reference");
            return;
        }
        out.append(node.getClass().getSimpleName());
        if (node.isObject()) {
            out.append('{');
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                out.append(field.getKey()).append(':');
                write(field.getValue(), out);
                out.append(',');
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            node.forEach(element -> {
                write(element, out);
                out.append(',');
            });
            out.append(']');
        } else {
            out.append('(').append(node.isBigDecimal() ? node.decimalValue().toString() : node.asText()).append(')');
        }
    }
}
