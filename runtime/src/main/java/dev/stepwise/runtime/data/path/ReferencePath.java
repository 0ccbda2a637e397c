package dev.stepwise.runtime.data.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.data.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ASL <em>reference path</em>: {@code $} followed by {@code .field}, {@code ['field']} and {@code [index]} steps
 * only, which identifies exactly one node.
 *
 * <p>Written by hand rather than delegated to the JSONPath library for two reasons: reading one is a few map
 * lookups on the hot path (most paths in real definitions are reference paths), and {@code ResultPath} must
 * <em>create</em> missing objects along the way, which JSONPath libraries do not do.
 */
public final class ReferencePath implements Selector {

    private static final ReferencePath ROOT = new ReferencePath(new Object[0]);

    /** Each step is a {@code String} (field) or an {@code Integer} (array index). */
    private final Object[] steps;

    private ReferencePath(Object[] steps) {
        this.steps = steps;
    }

    /** Parses the text after the root symbol; empty when it is not a reference path. */
    static Optional<ReferencePath> parseSteps(String text, int from) {
        List<Object> steps = new ArrayList<>();
        int i = from;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < n && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                String field = text.substring(i + 1, end);
                if (field.isEmpty() || field.equals("*") || field.contains("..")) {
                    return Optional.empty();
                }
                if (!isPlainField(field)) {
                    return Optional.empty();
                }
                steps.add(field);
                i = end;
            } else if (c == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    return Optional.empty();
                }
                String inner = text.substring(i + 1, close).trim();
                if (inner.length() >= 2 && (inner.charAt(0) == '\'' || inner.charAt(0) == '"')
                        && inner.charAt(inner.length() - 1) == inner.charAt(0)) {
                    String field = inner.substring(1, inner.length() - 1);
                    if (field.indexOf('\'') >= 0 || field.indexOf('"') >= 0) {
                        return Optional.empty();
                    }
                    steps.add(field);
                } else if (!inner.isEmpty() && inner.chars().allMatch(Character::isDigit)) {
                    steps.add(Integer.parseInt(inner));
                } else {
                    return Optional.empty();
                }
                i = close + 1;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(steps.isEmpty() ? ROOT : new ReferencePath(steps.toArray()));
    }

    /** Field names that JSONPath would read as an operator go to the full JSONPath engine instead. */
    private static boolean isPlainField(String field) {
        for (int k = 0; k < field.length(); k++) {
            char c = field.charAt(k);
            if (c == '*' || c == '(' || c == ')' || c == '?' || c == '@' || c == ',' || c == ':' || c == ' ') {
                return false;
            }
        }
        return true;
    }

    public boolean isRoot() {
        return steps.length == 0;
    }

    @Override
    public JsonNode select(JsonNode document) {
        JsonNode node = document;
        for (Object step : steps) {
            if (node == null) {
                return null;
            }
            if (step instanceof String field) {
                node = node.isObject() ? node.get(field) : null;
            } else {
                int index = (Integer) step;
                node = node.isArray() && index < node.size() ? node.get(index) : null;
            }
        }
        return node;
    }

    /**
     * A new document with {@code value} placed at this path, creating missing objects; only the containers along
     * the path are copied, the rest is shared with {@code document}.
     *
     * @return the new document, or empty when the path runs into a value that is not a container (AWS then raises
     *     {@code States.ResultPathMatchFailure})
     */
    public Optional<JsonNode> write(JsonNode document, JsonNode value) {
        return Optional.ofNullable(writeFrom(document, 0, value));
    }

    private JsonNode writeFrom(JsonNode node, int depth, JsonNode value) {
        if (depth == steps.length) {
            return value;
        }
        Object step = steps[depth];
        if (step instanceof String field) {
            ObjectNode copy;
            if (node == null || node.isMissingNode()) {
                copy = Json.NODES.objectNode();
            } else if (node.isObject()) {
                copy = Json.NODES.objectNode();
                copy.setAll((ObjectNode) node);
            } else {
                return null;
            }
            JsonNode child = writeFrom(copy.get(field), depth + 1, value);
            if (child == null) {
                return null;
            }
            copy.set(field, child);
            return copy;
        }
        int index = (Integer) step;
        if (node == null || !node.isArray() || index >= node.size()) {
            return null;
        }
        ArrayNode copy = Json.NODES.arrayNode(node.size());
        copy.addAll((ArrayNode) node);
        JsonNode child = writeFrom(copy.get(index), depth + 1, value);
        if (child == null) {
            return null;
        }
        copy.set(index, child);
        return copy;
    }
}
