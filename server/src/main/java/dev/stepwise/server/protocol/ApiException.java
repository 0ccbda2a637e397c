package dev.stepwise.server.protocol;

import java.util.LinkedHashMap;
import java.util.List;
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
        return validation(List.of(message));
    }

    /**
     * Every constraint a request breaks, counted and joined as AWS reports them: "2 validation errors detected:
     * &lt;first&gt;; &lt;second&gt;".
     */
    public static ApiException validation(List<String> violations) {
        return new ApiException("ValidationException", violations.size() + " validation error"
                + (violations.size() == 1 ? "" : "s") + " detected: " + String.join("; ", violations));
    }

    /**
     * A member that breaks a constraint of the API model, in AWS's words: "Value '&lt;value&gt;' at '&lt;path&gt;'
     * failed to satisfy constraint: Member must &lt;rule&gt;" ({@code Value null at ...} for a missing one).
     */
    public static ApiException constraint(Object value, String path, String rule) {
        return validation(violation(value, path, rule));
    }

    /** One sentence of a {@link #validation(List)}: the value shown, or {@code null} for a missing member. */
    static String violation(Object value, String path, String rule) {
        return sentence(value == null ? "Value null" : "Value '" + value + "'", path, rule);
    }

    /** One sentence about a member the model marks sensitive: AWS leaves its value out ("Value at ..."). */
    static String sensitiveViolation(String path, String rule) {
        return sentence("Value", path, rule);
    }

    private static String sentence(String value, String path, String rule) {
        return value + " at '" + path + "' failed to satisfy constraint: Member must " + rule;
    }

    /** The rule a number outside {@code [min, max]} breaks: "have value greater than or equal to 0". */
    static String rangeRule(double number, double min, double max) {
        return "have value " + (number < min ? "greater than or equal to " + bound(min)
                : "less than or equal to " + bound(max));
    }

    /** The rule a string or list of {@code length} outside {@code [min, max]} breaks. */
    static String lengthRule(long length, long min, long max) {
        return "have length " + (length < min ? "greater than or equal to " + min : "less than or equal to " + max);
    }

    private static String bound(double limit) {
        return limit == Math.rint(limit) ? Long.toString((long) limit) : Double.toString(limit);
    }

    /** The body is not JSON, or a member has the wrong JSON type. */
    public static ApiException serialization(String message) {
        return new ApiException("SerializationException", message);
    }

    /** A member of the wrong JSON type, e.g. {@code expected} "a string". */
    public static ApiException wrongType(String path, String expected) {
        return serialization("The member '" + path + "' must be " + expected);
    }

    /** An ARN of the right form that names nothing, with the {@code resourceName} member AWS's shape has. */
    public static ApiException resourceNotFound(String arn) {
        return new ApiException("ResourceNotFound", "Resource not found: '" + arn + "'").with("resourceName", arn);
    }

    public static ApiException invalidArn(String arn) {
        return new ApiException("InvalidArn", "Invalid Arn: '" + arn + "'");
    }
}
