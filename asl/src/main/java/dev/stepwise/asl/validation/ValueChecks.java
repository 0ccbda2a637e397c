package dev.stepwise.asl.validation;

import dev.stepwise.asl.FieldBound;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.QueryLanguage;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks on single field values (types, ranges, enumerations, paths) that report what is allowed. */
final class ValueChecks {

    private static final Set<String> QUERY_LANGUAGES = Arrays.stream(QueryLanguage.values())
            .map(QueryLanguage::aslName).collect(Collectors.toUnmodifiableSet());

    private final Problems problems;

    ValueChecks(Problems problems) {
        this.problems = problems;
    }

    /** The field's text, or empty (with a problem) when it is not a string. */
    Optional<String> text(JsonNode value, JsonPointer at, String field) {
        if (value != null && value.isTextual()) {
            return Optional.of(value.textValue());
        }
        problems.schema(at, "The field '" + field + "' must be a string, not " + describe(value));
        return Optional.empty();
    }

    /** A non-empty string, such as a state name in {@code Next}. */
    Optional<String> nonEmptyText(JsonNode value, JsonPointer at, String field) {
        Optional<String> text = text(value, at, field);
        if (text.isPresent() && text.get().isEmpty()) {
            problems.schema(at, "The field '" + field + "' must not be empty");
            return Optional.empty();
        }
        return text;
    }

    void integer(JsonNode value, JsonPointer at, String field, long min, long max) {
        if (value == null || !value.isNumber() || !value.canConvertToExactIntegral()) {
            problems.schema(at, "The field '" + field + "' must be an integer " + range(min, max)
                    + ", not " + describe(value));
        } else if (!value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            problems.schema(at, "The field '" + field + "' must be an integer " + range(min, max)
                    + ", but is " + value.asText());
        }
    }

    void number(JsonNode value, JsonPointer at, String field, double min, double max) {
        if (value == null || !value.isNumber()) {
            problems.schema(at, "The field '" + field + "' must be a number " + range(min, max)
                    + ", not " + describe(value));
        } else if (!(value.asDouble() >= min && value.asDouble() <= max)) { // NaN is in no range
            problems.schema(at, "The field '" + field + "' must be a number " + range(min, max)
                    + ", but is " + value.asText());
        }
    }

    void bool(JsonNode value, JsonPointer at, String field) {
        if (value == null || !value.isBoolean()) {
            problems.schema(at, "The field '" + field + "' must be true or false, not " + describe(value));
        }
    }

    void oneOf(JsonNode value, JsonPointer at, String field, Set<String> allowed) {
        text(value, at, field).filter(text -> !allowed.contains(text)).ifPresent(text -> problems.schema(at,
                "The field '" + field + "' must be one of " + String.join(", ", sorted(allowed))
                        + ", not '" + text + "'"));
    }

    /** {@code QueryLanguage}, at the top level or on a state: one of the languages ASL names. */
    void queryLanguage(JsonNode value, JsonPointer at) {
        oneOf(value, at, "QueryLanguage", QUERY_LANGUAGES);
    }

    /** A JSONPath over the input, the context object ({@code $$}) or a variable. */
    void path(JsonNode value, JsonPointer at, String field) {
        text(value, at, field).filter(path -> !JsonPathSyntax.isPath(path)).ifPresent(path -> problems.schema(at,
                "The value for the field '" + field + "' must be a valid JSONPath, but '" + path + "' is not"));
    }

    /** {@code InputPath} and {@code OutputPath}: a JSONPath, or null to pass an empty object. */
    void pathOrNull(JsonNode value, JsonPointer at, String field) {
        if (value != null && !value.isNull()) {
            path(value, at, field);
        }
    }

    /** {@code ResultPath}: a reference path naming one node ({@code $.a.b}, {@code $['a']}, {@code $.a[0]}) or null. */
    void referencePathOrNull(JsonNode value, JsonPointer at, String field) {
        if (value == null || value.isNull()) {
            return;
        }
        text(value, at, field).filter(path -> !JsonPathSyntax.isReferencePath(path)).ifPresent(path ->
                problems.schema(at, "The value for the field '" + field + "' must be a valid reference path"
                        + " ('$', then only .name, ['name'] or [index] steps; no wildcards, filters or '..'),"
                        + " but '" + path + "' is not"));
    }

    /** The value of a {@code .$} key, {@code ErrorPath} or {@code CausePath}: a path or an intrinsic call. */
    void pathOrIntrinsic(JsonNode value, JsonPointer at, String field) {
        if (value == null || !value.isTextual()) {
            problems.schema(at, "The value for the field '" + field + "' must be a string holding a valid JSONPath"
                    + " or a valid intrinsic function call, not " + describe(value));
            return;
        }
        String text = value.textValue();
        if (IntrinsicFunctionSyntax.looksLikeCall(text)) {
            IntrinsicFunctionSyntax.syntaxError(text).ifPresent(error -> problems.schema(at,
                    "The value for the field '" + field + "' must be a valid JSONPath or a valid intrinsic"
                            + " function call: " + error));
        } else if (!JsonPathSyntax.isPath(text)) {
            problems.schema(at, "The value for the field '" + field + "' must be a valid JSONPath or a valid"
                    + " intrinsic function call, but '" + text + "' is neither");
        }
    }

    /** A {@code {% ... %}} string: report it if the expression does not parse. */
    void jsonataExpression(String text, JsonPointer at) {
        JsonataSyntax.syntaxError(text).ifPresent(error -> problems.schema(at,
                "The JSONata expression " + text + " is not valid: " + error));
    }

    /** A numeric field within its {@link FieldBound}. */
    void bounded(JsonNode value, JsonPointer at, FieldBound bound) {
        if (bound.integral()) {
            integer(value, at, bound.field(), bound.minLong(), bound.maxLong());
        } else {
            number(value, at, bound.field(), bound.min(), bound.max());
        }
    }

    /** A numeric field within its bounds; in a JSONata state it may also be a {@code {% %}} expression. */
    void boundedOrExpression(StateNode state, FieldBound bound) {
        JsonNode value = state.get(bound.field());
        if (!checkedAsExpression(value, state.at(bound.field()), state.isJsonata())) {
            bounded(value, state.at(bound.field()), bound);
        }
    }

    /** In JSONata a numeric field may be a {@code {% %}} expression: checked as one, and {@code true}, when it is. */
    private boolean checkedAsExpression(JsonNode value, JsonPointer at, boolean jsonata) {
        if (jsonata && value.isTextual() && JsonataSyntax.isExpression(value.textValue())) {
            jsonataExpression(value.textValue(), at);
            return true;
        }
        return false;
    }

    /**
     * A count in an object a Distributed Map holds (ReaderConfig's MaxItems, ItemBatcher's limits): given directly
     * (in JSONata also as an expression) or through its {@code ...Path}, not both.
     */
    void countOrPath(JsonNode holder, JsonPointer at, String field, long min, long max, QueryLanguage language) {
        JsonNode value = holder.get(field);
        if (value != null && !checkedAsExpression(value, at.field(field), language == QueryLanguage.JSONATA)) {
            integer(value, at.field(field), field, min, max);
        }
        String pathField = field + "Path";
        if (holder.has(pathField)) {
            path(holder.get(pathField), at.field(pathField), pathField);
            if (value != null) {
                bothSet(at.field(pathField), field, pathField);
            }
        }
    }

    /** Fields that say the same thing two ways (a value and a path to it) cannot both be set. */
    void notBoth(StateNode state, String first, String second) {
        if (state.has(first) && state.has(second)) {
            bothSet(state.at(second), first, second);
        }
    }

    private void bothSet(JsonPointer second, String firstField, String secondField) {
        problems.schema(second, "The fields '" + firstField + "' and '" + secondField
                + "' cannot both be set; use one of them");
    }

    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "missing";
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "the string \"" + value.textValue() + "\"";
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        return value.isArray() ? "an array" : "an object";
    }

    private static String range(long min, long max) {
        return max == Long.MAX_VALUE ? ">= " + min : "from " + min + " to " + max;
    }

    private static String range(double min, double max) {
        return max == Double.MAX_VALUE ? ">= " + plain(min) : "from " + plain(min) + " to " + plain(max);
    }

    /** 1.0 prints as 1, 0.5 as 0.5. */
    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static Iterable<String> sorted(Set<String> values) {
        return values.stream().sorted()::iterator;
    }
}
