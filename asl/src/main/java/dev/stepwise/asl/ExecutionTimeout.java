package dev.stepwise.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rule for a machine's top-level {@code TimeoutSeconds}, which the validator and the compiler both apply: a
 * whole number of seconds from 0 to 99,999,999, the range AWS's own ASL schema (aws/amazon-states-language-service)
 * gives it. AWS's documentation names no other bound. Unlike a Task's timeout it may be 0, which sets no limit here,
 * as if the field were absent.
 */
public final class ExecutionTimeout {

    public static final long MIN_SECONDS = FieldBound.EXECUTION_TIMEOUT_SECONDS.minLong();
    public static final long MAX_SECONDS = FieldBound.EXECUTION_TIMEOUT_SECONDS.maxLong();

    /** What a valid value is, for error messages. */
    public static final String EXPECTED = "an integer from " + MIN_SECONDS + " to " + MAX_SECONDS;

    private ExecutionTimeout() {
    }

    /** Whether {@code value} is a valid top-level {@code TimeoutSeconds}. */
    public static boolean isValid(JsonNode value) {
        return value != null && value.isNumber() && value.canConvertToExactIntegral() && value.canConvertToLong()
                && value.longValue() >= MIN_SECONDS && value.longValue() <= MAX_SECONDS;
    }
}
