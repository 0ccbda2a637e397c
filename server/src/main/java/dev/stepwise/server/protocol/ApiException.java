package dev.stepwise.server.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A call refused the way Step Functions refuses it: HTTP 400 with {@code {"__type": type, "message": message}}, where
 * {@code type} is the name of AWS's exception (the SDKs map it onto their exception classes).
 */
public final class ApiException extends RuntimeException {

    private final String type;
    /** Members of the exception's shape beside {@code message}, e.g. a ValidationException's {@code reason}. */
    private final Map<String, String> members = new LinkedHashMap<>();

    public ApiException(String type, String message) {
        super(message);
        this.type = type;
    }

    public String type() {
        return type;
    }

    /** Adds a member the exception's shape in the API model has, e.g. {@code reason}. */
    public ApiException with(String member, String value) {
        members.put(member, value);
        return this;
    }

    public Map<String, String> members() {
        return Map.copyOf(members);
    }

    /** A member is missing or breaks a constraint (AWS's wording: "1 validation error detected: ..."). */
    public static ApiException validation(String message) {
        return new ApiException("ValidationException", "1 validation error detected: " + message);
    }

    /**
     * A member that breaks a constraint of the API model, in AWS's words: "Value '<value>' at '<path>' failed to
     * satisfy constraint: Member must <rule>" ({@code Value null at ...} for a missing one).
     */
    public static ApiException constraint(Object value, String path, String rule) {
        return validation("Value " + (value == null ? "null" : "'" + value + "'") + " at '" + path
                + "' failed to satisfy constraint: Member must " + rule);
    }

    /** A number outside the API model's range for its member, in AWS's words ({@link #constraint}). */
    public static ApiException outOfRange(Object shown, String path, double number, double min, double max) {
        return constraint(shown, path, "have value " + (number < min ? "greater than or equal to " + bound(min)
                : "less than or equal to " + bound(max)));
    }

    private static String bound(double limit) {
        return limit == Math.rint(limit) ? Long.toString((long) limit) : Double.toString(limit);
    }

    /** The body is not JSON, or a member has the wrong JSON type. */
    public static ApiException serialization(String message) {
        return new ApiException("SerializationException", message);
    }

    /** An ARN of the right form that names nothing, with the {@code resourceName} member AWS's shape has. */
    public static ApiException resourceNotFound(String arn) {
        return new ApiException("ResourceNotFound", "Resource not found: '" + arn + "'").with("resourceName", arn);
    }

    public static ApiException invalidArn(String arn) {
        return new ApiException("InvalidArn", "Invalid Arn: '" + arn + "'");
    }
}
