package dev.stepwise.asl.data.path;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.error.StatesErrors;

/**
 * The selector of a path Step Functions accepts at creation but cannot evaluate: every evaluation fails with
 * {@code States.Runtime}, as the state evaluating it fails on AWS.
 */
final class FailingSelector implements Selector {

    private final String cause;

    FailingSelector(String cause) {
        this.cause = cause;
    }

    @Override
    public JsonNode select(JsonNode document) {
        throw StatesErrors.runtime(cause);
    }

    @Override
    public String notFoundReason(JsonNode document) {
        throw StatesErrors.runtime(cause);
    }
}
