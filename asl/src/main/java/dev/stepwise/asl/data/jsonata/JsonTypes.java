package dev.stepwise.asl.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON type names and compact rendering, as AWS writes them in error causes. */
final class JsonTypes {

    private JsonTypes() {
    }

    static String name(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "array";
            case BOOLEAN -> "boolean";
            case NUMBER -> "number";
            case OBJECT -> "object";
            case STRING -> "string";
            default -> "null";
        };
    }

    static String compact(JsonNode value) {
        return value == null ? "null" : value.toString();
    }
}
