package dev.stepwise.asl.data.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
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

    /**
     * Each step is a {@code String} (field) or an {@code Integer} (array index). Field names are interned, as
     * Jackson interns the names it reads and {@link dev.stepwise.asl.data.PayloadTemplate} the keys it writes: a
     * lookup then finds its key by identity instead of comparing characters (JFR: most of pass-chain's time is in
     * these lookups).
     */
    private final Object[] steps;

    private ReferencePath(Object[] steps) {
        this.steps = steps;
    }

    /** Reading the steps of a path: the reference path, or where the first step that is not one starts. */
    record Parsed(ReferencePath path, int failedAt) {
    }

    /** Parses the text after the root symbol; empty when it is not a reference path. */
    static Optional<ReferencePath> parseSteps(String text, int from) {
        return Optional.ofNullable(parse(text, from).path());
    }

    /** Parses the steps from index {@code from}, the character after the root symbol. */
    static Parsed parse(String text, int from) {
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
                if (field.isEmpty() || !isPlainField(field)) {
                    return failure(i);
                }
                steps.add(field.intern()); // see the field comment of steps
                i = end;
            } else if (c == '[') {
                int next = bracketStep(text, i, steps);
                if (next < 0) {
                    return failure(i);
                }
                i = next;
            } else {
                return failure(i);
            }
        }
        return new Parsed(steps.isEmpty() ? ROOT : new ReferencePath(steps.toArray()), -1);
    }

    /**
     * Reads the {@code ['name']}, {@code ["name"]} or {@code [index]} step opening at {@code open} into
     * {@code steps}: the index after its {@code ]}, or -1 when it is none of those (a list of names, a wildcard).
     */
    private static int bracketStep(String text, int open, List<Object> steps) {
        int at = skipSpaces(text, open + 1);
        if (at < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '"')) {
            QuotedName quoted = QuotedName.read(text, at);
            int close = quoted == null ? -1 : skipSpaces(text, quoted.end());
            if (close < 0 || close >= text.length() || text.charAt(close) != ']') {
                return -1;
            }
            steps.add(quoted.name().intern());
            return close + 1;
        }
        int close = text.indexOf(']', open);
        if (close < 0) {
            return -1;
        }
        String index = text.substring(open + 1, close).trim();
        if (index.isEmpty() || !index.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        steps.add(Integer.parseInt(index));
        return close + 1;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static Parsed failure(int at) {
        return new Parsed(null, at);
    }

    /** The step that starts at {@code index}, for error messages: {@code [*]}, {@code ..}, {@code .*}, ... */
    static String stepAt(String text, int index) {
        if (text.charAt(index) == '[') {
            int close = closingBracket(text, index);
            return close < 0 ? text.substring(index) : text.substring(index, close + 1);
        }
        if (text.startsWith("..", index)) {
            return "..";
        }
        int end = index + 1;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
            end++;
        }
        return text.substring(index, end);
    }

    /** The {@code ]} that closes the bracket at {@code open}, skipping quoted names; -1 when there is none. */
    private static int closingBracket(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ']') {
                return i;
            }
            if (c == '\'' || c == '"') {
                i = QuotedName.skip(text, i) - 1;
                if (i < 0) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** Field names that JSONPath would read as an operator go to the full JSONPath engine instead. */
    private static boolean isPlainField(String field) {
        for (int k = 0; k < field.length(); k++) {
            char c = field.charAt(k);
            if (c == '*' || c == '(' || c == ')' || c == '?' || c == '@' || c == ',' || c == ':' || c == ' ' || c == ']') {
                return false;
            }
        }
        return true;
    }

    /** The field names this path reads before its first array index: {@code $.a['b'][0].c} gives a, b. */
    public List<String> leadingFields() {
        List<String> fields = new ArrayList<>();
        for (Object step : steps) {
            if (!(step instanceof String field)) {
                break;
            }
            fields.add(field);
        }
        return fields;
    }

    /** The steps in order: a {@code String} names a field, an {@code Integer} indexes an array. */
    public List<Object> steps() {
        return List.of(steps);
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
            node = step(node, step);
        }
        return node;
    }

    /**
     * Why this path selects nothing in {@code document}, in the words of the JSONPath engine AWS runs: a field
     * missing before the last step is {@code Missing property in path $['a']} (the path up to that field), anything
     * else {@code No results for path: $['a']['b']} (the whole path).
     */
    @Override
    public String notFoundReason(JsonNode document) {
        StringBuilder walked = new StringBuilder("$");
        JsonNode node = document;
        for (int i = 0; i < steps.length; i++) {
            appendStep(walked, steps[i]);
            JsonNode child = node == null ? null : step(node, steps[i]);
            if (child == null && i < steps.length - 1 && node != null && node.isObject()) {
                return "Missing property in path " + walked;
            }
            node = child;
        }
        StringBuilder whole = new StringBuilder("$");
        for (Object step : steps) {
            appendStep(whole, step);
        }
        return "No results for path: " + whole;
    }

    private static JsonNode step(JsonNode node, Object step) {
        if (step instanceof String field) {
            return node.isObject() ? node.get(field) : null;
        }
        int index = (Integer) step;
        return node.isArray() && index < node.size() ? node.get(index) : null;
    }

    private static void appendStep(StringBuilder out, Object step) {
        if (step instanceof String field) {
            out.append("['").append(field).append("']");
        } else {
            out.append('[').append(step).append(']');
        }
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

    /** What an in-place write replaced: the top-level field and its earlier value ({@code null}: it was absent). */
    public record Replaced(ObjectNode document, String field, JsonNode previous) {

        /** Puts the document back as it was (the field keeps its place among the others). */
        public void revert() {
            if (previous == null) {
                document.remove(field);
            } else {
                document.set(field, previous);
            }
        }
    }

    /**
     * Places {@code value} at this path inside {@code document} itself, which the caller owns: nobody else holds it.
     * Only that top-level object changes, at one field; the containers below it along the path are copied as
     * {@link #write} copies them, since they may be shared. Nothing changes when the path cannot be written.
     *
     * @return what was replaced, to revert it; {@code null} when the path runs into a value that is not a
     *     container, or when it does not start with a field (write a copy then)
     */
    public Replaced writeInPlace(ObjectNode document, JsonNode value) {
        if (steps.length == 0 || !(steps[0] instanceof String field)) {
            return null;
        }
        JsonNode child = writeFrom(document.get(field), 1, value);
        return child == null ? null : new Replaced(document, field, document.replace(field, child));
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
                copy = Json.objectNode(node.size() + 1); // room for the field written, without resizing
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
