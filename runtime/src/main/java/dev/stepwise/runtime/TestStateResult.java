package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the TestState API reports for one state run alone ({@link LocalRuntime#testState}).
 *
 * @param status         how the state ended: SUCCEEDED, FAILED, RETRIABLE (a Retry takes the error and has attempts
 *                       left) or CAUGHT_ERROR (a Catch takes it)
 * @param output         the state's output, a Catch's output included; {@code null} when it failed or is retriable
 * @param nextState      the state it would go to next (a Catch's Next when caught); {@code null} for an end state, a
 *                       failure or a retry
 * @param error          the ASL error name when the state raised one (FAILED, RETRIABLE, CAUGHT_ERROR), else
 *                       {@code null}
 * @param cause          the error's cause, else {@code null}
 * @param inspectionData the data after each processing step (input, after InputPath, after Parameters, result,
 *                       after ResultSelector, after ResultPath), {@code errorDetails} (the index of the Retry or
 *                       Catch that took the error, and the Retry's backoff) and {@code variables} (the variables
 *                       after the state, when there are any), as AWS's {@code inspectionData} names them
 */
public record TestStateResult(TestStateStatus status, JsonNode output, String nextState, String error, String cause,
        ObjectNode inspectionData) {
}
