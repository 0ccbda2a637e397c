package dev.stepwise.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;

/**
 * The members of one request, read with AWS's checks: a member of the wrong JSON type is a
 * {@code SerializationException}, a missing required member or one out of range a {@code ValidationException}.
 * Members the operation does not know are ignored, as AWS ignores them.
 */
public final class Request {

    private final String operation;
    private final ObjectNode members;

    public Request(String operation, ObjectNode members) {
        this.operation = operation;
        this.members = members;
    }

    public String operation() {
        return operation;
    }

    public boolean has(String member) {
        JsonNode value = members.get(member);
        return value != null && !value.isNull();
    }

    public String string(String member) {
        String value = optionalString(member);
        if (value == null) {
            throw ApiException.constraint(null, member, "not be null");
        }
        return value;
    }

    public String optionalString(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(member, "a string");
        }
        return value.textValue();
    }

    /** An enum member (e.g. {@code type}), upper case, or {@code fallback} when absent. */
    public String choice(String member, String fallback, String... allowed) {
        String value = optionalString(member);
        if (value == null) {
            return fallback;
        }
        for (String option : allowed) {
            if (option.equals(value)) {
                return value;
            }
        }
        throw ApiException.constraint(value, member, "satisfy enum value set: [" + String.join(", ", allowed) + "]");
    }

    public boolean bool(String member, boolean fallback) {
        JsonNode value = present(member);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw wrongType(member, "a boolean");
        }
        return value.booleanValue();
    }

    /** An integer member between {@code min} and {@code max}, or {@code fallback} when absent. */
    public int integer(String member, int fallback, int min, int max) {
        JsonNode value = present(member);
        if (value == null) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw wrongType(member, "an integer");
        }
        int number = value.intValue();
        checkRange(member, number, number, min, max);
        return number;
    }

    /** A long member of at least {@code min}, or {@code null} when absent. */
    public Long optionalLong(String member, long min) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw wrongType(member, "a long");
        }
        long number = value.longValue();
        checkRange(member, number, number, min, Long.MAX_VALUE);
        return number;
    }

    /** A float member between {@code min} and {@code max}, or {@code null} when absent. */
    public Double optionalDecimal(String member, double min, double max) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw wrongType(member, "a float");
        }
        double number = value.doubleValue();
        checkRange(member, number, value.asText(), min, max);
        return number;
    }

    /** AWS's words for a number outside the model's range. */
    private static void checkRange(String member, double number, Object shown, double min, double max) {
        if (number < min || number > max) {
            throw ApiException.outOfRange(shown, member, number, min, max);
        }
    }


    /** AWS's {@code maxResults}: 0 (the default page size) to 1000. */
    public int maxResults() {
        return integer("maxResults", 0, 0, 1000);
    }

    public ArrayNode list(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return Json.NODES.arrayNode();
        }
        if (!value.isArray()) {
            throw wrongType(member, "a list");
        }
        return (ArrayNode) value;
    }

    public ObjectNode object(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw wrongType(member, "a structure");
        }
        return (ObjectNode) value;
    }

    /**
     * A member that carries a JSON document as text ({@code input}, {@code output}); absent is {@code null}.
     *
     * @param error the exception AWS names when the text is not JSON, e.g. {@code InvalidExecutionInput}
     */
    public JsonNode jsonText(String member, String error) {
        String text = optionalString(member);
        if (text == null) {
            return null;
        }
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(error, "Invalid " + member + ": " + e.getMessage());
        }
    }

    private JsonNode present(String member) {
        JsonNode value = members.get(member);
        return value == null || value.isNull() ? null : value;
    }

    private static ApiException wrongType(String member, String expected) {
        return ApiException.serialization("The member '" + member + "' must be " + expected);
    }
}
