package dev.stepwise.asl.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.intrinsics.Intrinsics;
import dev.stepwise.asl.data.path.Path;
import dev.stepwise.asl.error.StatesErrors;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A compiled JSONPath-mode payload template: {@code Parameters}, {@code ResultSelector}, {@code ItemSelector}.
 *
 * <p>Keys ending in {@code .$} hold a path or an intrinsic function call, compiled once here; the output key drops
 * the suffix. Subtrees without any {@code .$} key are constants and are shared, never copied, on evaluation.
 */
public final class PayloadTemplate {

    private final Node root;

    private PayloadTemplate(Node root) {
        this.root = root;
    }

    /**
     * Compiles a template.
     *
     * @throws IllegalArgumentException naming the field when a {@code .$} value is not a path or intrinsic call
     */
    public static PayloadTemplate compile(JsonNode template) {
        return new PayloadTemplate(compileNode(template));
    }

    /** Evaluates the template; a path that selects nothing raises {@code States.Runtime} as AWS does. */
    public JsonNode evaluate(DataScope scope) {
        return root.evaluate(scope);
    }

    /** Whether the template holds no {@code .$} key anywhere, so it always yields the same value. */
    public boolean isConstant() {
        return root instanceof Constant;
    }

    private interface Node {
        JsonNode evaluate(DataScope scope);
    }

    private record Constant(JsonNode value) implements Node {
        @Override
        public JsonNode evaluate(DataScope scope) {
            return value;
        }
    }

    private record Dynamic(String field, ValueExpression expression) implements Node {
        @Override
        public JsonNode evaluate(DataScope scope) {
            JsonNode value = expression.evaluate(scope);
            if (value == null) {
                throw StatesErrors.runtime("The JSONPath '" + expression.source() + "' specified for the field '"
                        + field + "' could not be found in the input '" + Json.write(scope.input()) + "'");
            }
            return value;
        }
    }

    private record ObjectTemplate(String[] keys, Node[] values) implements Node {
        @Override
        public JsonNode evaluate(DataScope scope) {
            ObjectNode out = Json.objectNode(keys.length);
            for (int i = 0; i < keys.length; i++) {
                Node value = values[i];
                // Most fields are paths: calling Dynamic directly spares an interface dispatch over four kinds of
                // node per field (itable stubs were 5% of a chain of Pass states, async-profiler).
                out.set(keys[i], value instanceof Dynamic dynamic ? dynamic.evaluate(scope) : value.evaluate(scope));
            }
            return out;
        }
    }

    private record ArrayTemplate(Node[] items) implements Node {
        @Override
        public JsonNode evaluate(DataScope scope) {
            ArrayNode out = Json.NODES.arrayNode(items.length);
            for (Node item : items) {
                out.add(item.evaluate(scope));
            }
            return out;
        }
    }

    private static Node compileNode(JsonNode node) {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            List<Node> values = new ArrayList<>();
            boolean dynamic = false;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Node value;
                String key = field.getKey();
                if (key.endsWith(".$")) {
                    value = new Dynamic(key, compileExpression(key, field.getValue()));
                    key = key.substring(0, key.length() - 2);
                } else {
                    value = compileNode(field.getValue());
                }
                dynamic |= !(value instanceof Constant);
                keys.add(key.intern()); // the names paths look up are interned too (ReferencePath)
                values.add(value);
            }
            return dynamic ? new ObjectTemplate(keys.toArray(String[]::new), values.toArray(Node[]::new))
                    : new Constant(node);
        }
        if (node.isArray()) {
            Node[] items = new Node[node.size()];
            boolean dynamic = false;
            for (int i = 0; i < items.length; i++) {
                items[i] = compileNode(node.get(i));
                dynamic |= !(items[i] instanceof Constant);
            }
            return dynamic ? new ArrayTemplate(items) : new Constant(node);
        }
        return new Constant(node);
    }

    /** Compiles the value of a {@code .$} key: a path ({@code $...}) or an intrinsic function ({@code States.*}). */
    public static ValueExpression compileExpression(String field, JsonNode value) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException("the value of '" + field + "' must be a path or an intrinsic function");
        }
        String text = value.textValue().strip();
        if (text.startsWith("$")) {
            return Path.compile(text);
        }
        if (text.startsWith("States.")) {
            return Intrinsics.compile(text);
        }
        throw new IllegalArgumentException("the value of '" + field + "' must be a path or an intrinsic function: '"
                + text + "'");
    }
}
