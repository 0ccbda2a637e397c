package dev.stepwise.asl.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.Rfc3339;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSONata-state field compiled once: {@code Arguments}, {@code Output}, an {@code Assign} value, a Map
 * {@code ItemSelector}, a Choice rule's {@code Output}, or a single-value field such as {@code Items},
 * {@code TimeoutSeconds} or {@code Condition}.
 *
 * <p>Every string that is exactly {@code {% ... %}} is an expression (AWS wants no space before {@code {%} or
 * after {@code %}}; the text inside is trimmed); every other string, number, boolean or null is a literal; objects
 * and arrays are walked. A template with no expressions evaluates to the very node it was compiled from, and the
 * constant parts of a mixed template are shared with the definition rather than copied: treat results as
 * read-only.
 */
public final class JsonataTemplate {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Part root;
    private final String location;

    private JsonataTemplate(Part root, String location) {
        this.root = root;
        this.location = location;
    }

    /**
     * Compiles the value of the field named {@code location} ({@code Output}, {@code Assign/total}, ...).
     *
     * @throws JsonataSyntaxException when an expression does not parse; its position counts from the start of the
     *                                string holding it, and its location names the field
     */
    public static JsonataTemplate compile(JsonNode value, String location) {
        return new JsonataTemplate(compilePart(value, location), location);
    }

    private static Part compilePart(JsonNode value, String location) {
        if (value.isTextual() && JsonataDelimiters.isExpression(value.textValue())) {
            return new ExpressionPart(compileExpression(value.textValue(), location));
        }
        if (value.isObject()) {
            List<String> keys = new ArrayList<>(value.size());
            List<Part> parts = new ArrayList<>(value.size());
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                keys.add(field.getKey());
                parts.add(compilePart(field.getValue(), location + "/" + field.getKey()));
            }
            return parts.stream().allMatch(Constant.class::isInstance) ? new Constant(value) : new ObjectPart(keys, parts);
        }
        if (value.isArray()) {
            List<Part> parts = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                parts.add(compilePart(value.get(i), location + "/" + i));
            }
            return parts.stream().allMatch(Constant.class::isInstance) ? new Constant(value) : new ArrayPart(parts);
        }
        return new Constant(value);
    }

    private static JsonataExpression compileExpression(String field, String location) {
        String inner = JsonataDelimiters.body(field);
        try {
            return JsonataExpression.compile(inner, location);
        } catch (JsonataSyntaxException e) {
            int leadingSpace = inner.length() - inner.stripLeading().length();
            throw e.within(field, JsonataDelimiters.OPEN.length() + leadingSpace, location);
        }
    }

    /** Whether the template holds no expression, so it always evaluates to the same node. */
    public boolean isConstant() {
        return root instanceof Constant;
    }

    /** The field this template was compiled for. */
    public String location() {
        return location;
    }

    /**
     * Evaluates the template to its JSON value.
     *
     * @throws QueryEvaluationException when an expression fails or returns nothing
     */
    public JsonNode evaluate(JsonataBindings bindings) {
        return root.evaluate(bindings);
    }

    /**
     * Evaluates a field that must give an array, such as {@code Items}.
     *
     * @throws QueryEvaluationException when the value is not an array
     */
    public ArrayNode evaluateArray(JsonataBindings bindings) {
        JsonNode value = evaluate(bindings);
        if (!value.isArray()) {
            throw QueryEvaluationException.unexpectedType(sourceText(), location, "array", value);
        }
        return (ArrayNode) value;
    }

    /**
     * Evaluates a field that must give a boolean, such as a Choice rule's {@code Condition}.
     *
     * @throws QueryEvaluationException when the value is not a boolean
     */
    public boolean evaluateBoolean(JsonataBindings bindings) {
        JsonNode value = evaluate(bindings);
        if (!value.isBoolean()) {
            throw QueryEvaluationException.unexpectedType(sourceText(), location, "boolean", value);
        }
        return value.booleanValue();
    }

    /**
     * Evaluates a field that must give a string, such as a Fail state's {@code Error} or {@code Cause} or a Wait
     * state's {@code Timestamp}.
     *
     * @throws QueryEvaluationException when the value is not a string
     */
    public String evaluateString(JsonataBindings bindings) {
        JsonNode value = evaluate(bindings);
        if (!value.isTextual()) {
            throw QueryEvaluationException.unexpectedType(sourceText(), location, "string", value);
        }
        return value.textValue();
    }

    /**
     * Evaluates a field that must give an RFC 3339 timestamp, such as a Wait state's {@code Timestamp}.
     *
     * @throws QueryEvaluationException when the value is not a string or not such a timestamp
     */
    public Instant evaluateTimestamp(JsonataBindings bindings) {
        String text = evaluateString(bindings);
        return Rfc3339.parse(text).orElseThrow(() -> QueryEvaluationException.outOfRange(sourceText(), location,
                "an RFC 3339 timestamp such as 2016-03-14T01:59:00Z", NODES.textNode(text)));
    }

    /**
     * Evaluates a field that must give a whole number from 0 to {@code max}: {@code Seconds},
     * {@code TimeoutSeconds}, {@code HeartbeatSeconds}, {@code MaxConcurrency}, {@code ToleratedFailureCount},
     * {@code ToleratedFailurePercentage} (max 100). A number written with a fraction of zero ({@code 5.0}) counts.
     *
     * @throws QueryEvaluationException when the value is not a number, not whole, or out of range
     */
    public long evaluateNonNegativeInteger(JsonataBindings bindings, long max) {
        JsonNode value = evaluate(bindings);
        if (!value.isNumber() || !isWhole(value)) {
            throw QueryEvaluationException.unexpectedType(sourceText(), location, "integer", value);
        }
        BigInteger whole = value.bigIntegerValue();
        if (whole.signum() < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            throw QueryEvaluationException.outOfRange(sourceText(), location,
                    "an integer from 0 to " + max, value);
        }
        return whole.longValueExact();
    }

    /**
     * Evaluates a field that must give a number from 0 to {@code max}, fractions allowed: Map's
     * {@code ToleratedFailurePercentage}.
     *
     * @throws QueryEvaluationException when the value is not a number or out of range
     */
    public double evaluateNumberInRange(JsonataBindings bindings, double max) {
        JsonNode value = evaluate(bindings);
        if (!value.isNumber()) {
            throw QueryEvaluationException.unexpectedType(sourceText(), location, "number", value);
        }
        double number = value.doubleValue();
        if (number < 0 || number > max) {
            throw QueryEvaluationException.outOfRange(sourceText(), location, "a number from 0 to " + max, value);
        }
        return number;
    }

    private static boolean isWhole(JsonNode number) {
        if (number.isIntegralNumber()) {
            return true;
        }
        double d = number.doubleValue();
        return d == Math.rint(d) && !Double.isInfinite(d);
    }

    /** How AWS quotes the field in a cause: the expression text, or the literal for a constant field. */
    private String sourceText() {
        return root instanceof ExpressionPart expression ? expression.expression.text() : root.toString();
    }

    @Override
    public String toString() {
        return root.toString();
    }

    /** A compiled piece of a template. */
    private sealed interface Part permits Constant, ExpressionPart, ObjectPart, ArrayPart {
        JsonNode evaluate(JsonataBindings bindings);
    }

    private record Constant(JsonNode value) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings) {
            return value;
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    private record ExpressionPart(JsonataExpression expression) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings) {
            return expression.evaluate(bindings);
        }

        @Override
        public String toString() {
            return expression.toString();
        }
    }

    private record ObjectPart(List<String> keys, List<Part> values) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings) {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < keys.size(); i++) {
                object.set(keys.get(i), values.get(i).evaluate(bindings));
            }
            return object;
        }
    }

    private record ArrayPart(List<Part> elements) implements Part {
        @Override
        public JsonNode evaluate(JsonataBindings bindings) {
            ArrayNode array = NODES.arrayNode(elements.size());
            for (Part element : elements) {
                array.add(element.evaluate(bindings));
            }
            return array;
        }
    }
}
