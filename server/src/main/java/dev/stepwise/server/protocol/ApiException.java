package dev.stepwise.server.protocol;

/**
 * A call refused the way Step Functions refuses it: HTTP 400 with {@code {"__type": type, "message": message}}, where
 * {@code type} is the name of AWS's exception (the SDKs map it onto their exception classes).
 */
public final class ApiException extends RuntimeException {

    private final String type;

    public ApiException(String type, String message) {
        super(message);
        this.type = type;
    }

    public String type() {
        return type;
    }

    /** A member is missing or breaks a constraint (AWS's wording: "1 validation error detected: ..."). */
    public static ApiException validation(String message) {
        return new ApiException("ValidationException", "1 validation error detected: " + message);
    }

    /** The body is not JSON, or a member has the wrong JSON type. */
    public static ApiException serialization(String message) {
        return new ApiException("SerializationException", message);
    }

    public static ApiException invalidArn(String arn) {
        return new ApiException("InvalidArn", "Invalid Arn: '" + arn + "'");
    }
}
