package dev.stepwise.runtime.activities;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What GetActivityTask hands a worker: the token to answer with ({@code sendTaskSuccess}, {@code sendTaskFailure},
 * {@code sendTaskHeartbeat}) and the Task state's effective input.
 */
public record ActivityTask(String taskToken, JsonNode input) {
}
