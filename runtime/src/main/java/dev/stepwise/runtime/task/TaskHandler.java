package dev.stepwise.runtime.task;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The local implementation of a Task: its effective input (after InputPath and Parameters) in, its result out.
 *
 * <p>A thrown exception fails the task: a {@link dev.stepwise.asl.error.StatesError} as it is, any other
 * exception with the error name from {@code @ErrorName} on its class (else the class's simple name) and its message
 * as the cause.
 *
 * <p>On a {@code .waitForTaskToken} Task a plain handler stands for the whole round trip: what it returns is the
 * answer. Wrapped in {@link #submitting} it is only the service call, and the answer comes with the token from
 * {@code LocalRuntime.sendTaskSuccess}; a callback Task with no handler at all waits for that answer too. On a
 * {@code .sync} Task the handler is the job, and an answer sent with the Task's token ends it early, as on AWS. An
 * activity Task with no handler waits for a worker ({@code LocalRuntime.getActivityTask}).
 */
@FunctionalInterface
public interface TaskHandler {

    JsonNode handle(JsonNode input, TaskContext context) throws Exception;

    /**
     * {@code call} as the service call of a callback Task only: its result is the {@code TaskSubmitted} output and
     * the task waits for the answer sent with its token.
     */
    static TaskHandler submitting(TaskHandler call) {
        return new SubmittingHandler(call);
    }
}
