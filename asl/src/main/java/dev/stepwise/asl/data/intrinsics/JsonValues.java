package dev.stepwise.asl.data.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import java.util.Iterator;
import java.util.Map;

/** JSON value equality where numbers compare by value ({@code 1} equals {@code 1.0}), as JSON itself means. */
final class JsonValues {

    private JsonValues() {
    }

    /**
     * A form of {@code value} whose {@code equals} and {@code hashCode} are JSON value equality: numbers are
     * normalised, objects compare without regard to key order. Returns {@code value} itself when it holds no number.
     */
    static JsonNode canonical(JsonNode value) {
        if (value.isNumber()) {
            return Json.NODES.numberNode(value.decimalValue().stripTrailingZeros());
        }
        if (value.isArray()) {
            ArrayNode out = Json.NODES.arrayNode(value.size());
            value.forEach(item -> out.add(canonical(item)));
            return out;
        }
        if (value.isObject()) {
            ObjectNode out = Json.NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                out.set(field.getKey(), canonical(field.getValue()));
            }
            return out;
        }
        return value;
    }
}
