package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the TestState API reports for one state run alone ({@link LocalRuntime#testState}).
 *
 * @param status         SUCCEEDED, or FAILED when the state raised an error no Catch of its own handled
 * @param output         the state's output; {@code null} when it failed
 * @param nextState      the state it would go to next; {@code null} for an end state or a failure
 * @param error          the ASL error name when it failed, else {@code null}
 * @param cause          the error's cause, else {@code null}
 * @param inspectionData the data after each processing step (input, after InputPath, after Parameters, result,
 *                       after ResultSelector, after ResultPath), as AWS's {@code inspectionData} names them
 */
public record TestStateResult(ExecutionStatus status, JsonNode output, String nextState, String error, String cause,
        ObjectNode inspectionData) {
}
