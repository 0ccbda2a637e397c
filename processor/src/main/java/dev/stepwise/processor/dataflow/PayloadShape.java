package dev.stepwise.processor.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.RawJson;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The document a payload template ({@code Parameters}, {@code ItemSelector}) builds: exactly its keys, a {@code ".$"}
 * key typed by what its path or intrinsic yields, any other by its literal value. Only the top level is typed; the
 * paths of nested {@code ".$"} keys are still passed on, so they are checked all the same.
 */
final class PayloadShape {


    private PayloadShape() {
    }

    /**
     * The document the payload builds, or one of unknown shape when it is not an object.
     *
     * @param dynamic the type of the value a {@code ".$"} key's path or intrinsic selects; it also checks the path
     */
    static Document of(RawJson payload, Function<String, JavaType> dynamic) {
        JsonNode tree = Json.parse(payload.text());
        if (!tree.isObject()) {
            return Document.opaque();
        }
        Document document = Document.closed(List.of());
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (key.endsWith(".$") && value.isTextual()) {
                document.put(key.substring(0, key.length() - 2), dynamic.apply(value.asText()));
            } else {
                document.put(key, Shapes.literal(value));
                visitNested(value, dynamic);
            }
        }
        return document;
    }

    private static void visitNested(JsonNode node, Function<String, JavaType> dynamic) {
        if (node.isArray()) {
            node.forEach(element -> visitNested(element, dynamic));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().endsWith(".$") && entry.getValue().isTextual()) {
                dynamic.apply(entry.getValue().asText());
            } else {
                visitNested(entry.getValue(), dynamic);
            }
        }
    }
}
