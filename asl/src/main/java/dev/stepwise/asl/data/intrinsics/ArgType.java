package dev.stepwise.asl.data.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type an intrinsic function expects for one argument. */
enum ArgType {
    ANY("any value"),
    STRING("a string"),
    NUMBER("a number"),
    INTEGER("an integer"),
    BOOLEAN("a boolean"),
    ARRAY("an array"),
    OBJECT("a JSON object");

    private final String description;

    ArgType(String description) {
        this.description = description;
    }

    boolean accepts(JsonNode value) {
        return switch (this) {
            case ANY -> true;
            case STRING -> value.isTextual();
            case NUMBER -> value.isNumber();
            case INTEGER -> isInteger(value);
            case BOOLEAN -> value.isBoolean();
            case ARRAY -> value.isArray();
            case OBJECT -> value.isObject();
        };
    }

    /** Integral numbers, including decimals such as {@code 2.0} whose fraction is zero. */
    static boolean isInteger(JsonNode value) {
        if (value.isIntegralNumber()) {
            return true;
        }
        return value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
    }

    String description() {
        return description;
    }
}
