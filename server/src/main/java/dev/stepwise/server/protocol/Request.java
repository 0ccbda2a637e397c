package dev.stepwise.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;

/**
 * The members of one request, read after {@link InputCheck} checked them against the API model (types, required
 * members, lengths, ranges, enums), nested structures included. The readers' own type checks are a guard for a
 * request built without that check (tests); on the endpoint a wrong type never reaches them. Members the operation
 * does not know are ignored, as AWS ignores them.
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
            throw ApiException.wrongType(member, "a string");
        }
        return value.textValue();
    }

    /** An enum member (e.g. {@code type}), or {@code fallback} when absent; the model's values were checked. */
    public String choice(String member, String fallback) {
        String value = optionalString(member);
        return value == null ? fallback : value;
    }

    public boolean bool(String member, boolean fallback) {
        JsonNode value = present(member);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw ApiException.wrongType(member, "a boolean");
        }
        return value.booleanValue();
    }

    /** An integer member, or {@code fallback} when absent; its range in the model was checked. */
    public int integer(String member, int fallback) {
        JsonNode value = present(member);
        if (value == null) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw ApiException.wrongType(member, "an integer");
        }
        return value.intValue();
    }

    /** A long member, or {@code null} when absent; its range in the model was checked. */
    public Long optionalLong(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
            throw ApiException.wrongType(member, "a long");
        }
        return value.longValue();
    }

    /** A float member, or {@code null} when absent; its range in the model was checked. */
    public Double optionalDecimal(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw ApiException.wrongType(member, "a float");
        }
        return value.doubleValue();
    }

    /** AWS's {@code maxResults}: 0 asks for the default page size. */
    public int maxResults() {
        return integer("maxResults", 0);
    }

    public ArrayNode list(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return Json.NODES.arrayNode();
        }
        if (!value.isArray()) {
            throw ApiException.wrongType(member, "a list");
        }
        return (ArrayNode) value;
    }

    public ObjectNode object(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw ApiException.wrongType(member, "a structure");
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

}
