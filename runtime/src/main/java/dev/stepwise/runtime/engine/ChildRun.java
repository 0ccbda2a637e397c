package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.history.History;

/**
 * What one run of a Map Run's child workflow execution keeps for DescribeExecution and GetExecutionHistory: its input,
 * how it ended and its own history. Kept only for Distributed Maps, as long as the parent execution is remembered.
 */
final class ChildRun {

    private final JsonNode input;
    private final History history;
    private final boolean express;
    private volatile JsonNode output;
    private volatile String error;
    private volatile String cause;

    /** @param express an Express child workflow, which has no history on AWS */
    ChildRun(JsonNode input, History history, boolean express) {
        this.input = input;
        this.history = history;
        this.express = express;
    }

    void succeeded(JsonNode result) {
        this.output = result;
    }

    /** Failed, or stopped ({@code error} and {@code cause} may then be {@code null}). */
    void ended(String error, String cause) {
        this.error = error;
        this.cause = cause;
    }

    JsonNode input() {
        return input;
    }

    History history() {
        return history;
    }

    boolean express() {
        return express;
    }

    JsonNode output() {
        return output;
    }

    String error() {
        return error;
    }

    String cause() {
        return cause;
    }
}
