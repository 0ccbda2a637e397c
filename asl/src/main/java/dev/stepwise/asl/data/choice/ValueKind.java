package dev.stepwise.asl.data.choice;

import dev.stepwise.asl.Rfc3339;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Function;

/**
 * A kind of value a comparison operator works on, with how to read it from JSON. A value of another kind makes
 * the comparison false rather than an error, as on AWS.
 *
 * @param prefix the operator family's name prefix, e.g. {@code Numeric}
 * @param description for error messages, e.g. "a number"
 * @param reader the value as {@code T}, or {@code null} when the JSON value is not of this kind
 */
record ValueKind<T extends Comparable<T>>(String prefix, String description, Function<JsonNode, T> reader) {

    static final ValueKind<String> STRING = new ValueKind<>("String", "a string",
            node -> node.isTextual() ? node.textValue() : null);

    /** Numbers compare exactly, as decimals: {@code 1} equals {@code 1.0}, big values keep every digit. */
    static final ValueKind<BigDecimal> NUMBER = new ValueKind<>("Numeric", "a number",
            node -> node.isNumber() ? node.decimalValue() : null);

    static final ValueKind<Boolean> BOOLEAN = new ValueKind<>("Boolean", "a boolean",
            node -> node.isBoolean() ? node.booleanValue() : null);

    static final ValueKind<Instant> TIMESTAMP = new ValueKind<>("Timestamp", "an RFC 3339 timestamp string",
            node -> node.isTextual() ? Rfc3339.parse(node.textValue()).orElse(null) : null);

    T read(JsonNode node) {
        return reader.apply(node);
    }
}
