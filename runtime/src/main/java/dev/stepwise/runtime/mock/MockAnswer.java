package dev.stepwise.runtime.mock;

import com.fasterxml.jackson.databind.JsonNode;

/** What a mocked state answers for one invocation: a {@code Return}ed result or a {@code Throw}n error. */
public sealed interface MockAnswer {

    /** The state's service call succeeds with {@code value} (any JSON value). */
    record Return(JsonNode value) implements MockAnswer {
    }

    /** The state's service call fails with {@code error} and {@code cause}, which Retry and Catch see. */
    record Throw(String error, String cause) implements MockAnswer {
    }
}
