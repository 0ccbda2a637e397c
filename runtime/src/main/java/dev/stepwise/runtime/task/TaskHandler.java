package dev.stepwise.runtime.task;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The local implementation of a Task: its effective input (after InputPath and Parameters) in, its result out.
 *
 * <p>A thrown exception fails the task: a {@link dev.stepwise.asl.error.StatesError} as it is, any other
 * exception with the error name from {@code @ErrorName} on its class (else the class's simple name) and its message
 * as the cause.
 */
@FunctionalInterface
public interface TaskHandler {

    JsonNode handle(JsonNode input, TaskContext context) throws Exception;
}
