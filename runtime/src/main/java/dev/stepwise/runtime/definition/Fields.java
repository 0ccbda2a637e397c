package dev.stepwise.runtime.definition;

import dev.stepwise.asl.EnumNames;
import dev.stepwise.asl.validation.Problems;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed reads of one JSON object's fields, reporting a wrong type as a problem at the field's location and
 * returning {@code null} so compilation carries on.
 */
final class Fields {

    private final JsonNode object;
    private final String location;
    private final Problems problems;

    Fields(JsonNode object, String location, Problems problems) {
        this.object = object;
        this.location = location;
        this.problems = problems;
    }

    String location() {
        return location;
    }

    String at(String field) {
        return location + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    void problem(String field, String message) {
        problems.schema(at(field), message);
    }

    JsonNode node() {
        return object;
    }

    boolean has(String field) {
        return object.has(field);
    }

    /** Present with an explicit JSON {@code null}: for InputPath, OutputPath, ResultPath that means something. */
    boolean isNull(String field) {
        JsonNode value = object.get(field);
        return value != null && value.isNull();
    }

    JsonNode raw(String field) {
        return object.get(field);
    }

    /**
     * The constant of {@code type} a text field names: {@code absent} when the field is missing, and after a
     * problem listing the names when it names none.
     */
    <E extends Enum<E>> E enumValue(String field, Class<E> type, E absent) {
        String name = string(field);
        if (name == null) {
            return absent;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            problem(field, "must be one of " + String.join(", ", EnumNames.of(type)));
            return absent;
        }
    }

    String string(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problems.schema(at(field), "must be a string");
            return null;
        }
        return value.textValue();
    }

    String requiredString(String field) {
        if (!object.has(field)) {
            problems.schema(at(field), "is required");
            return null;
        }
        return string(field);
    }

    Number number(String field) {
        JsonNode value = numberNode(field);
        return value == null ? null : value.numberValue();
    }

    /** The field's number as the definition holds it, or null (reported unless absent) when it is not one. */
    JsonNode numberNode(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problems.schema(at(field), "must be a number");
            return null;
        }
        return value;
    }

    Boolean bool(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problems.schema(at(field), "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    JsonNode object(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            problems.schema(at(field), "must be an object");
            return null;
        }
        return value;
    }

    JsonNode array(String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            problems.schema(at(field), "must be an array");
            return null;
        }
        return value;
    }
}
