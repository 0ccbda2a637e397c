package dev.stepwise.runtime.task;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The service call of a {@code .waitForTaskToken} Task, without the answer: what it returns is recorded as the
 * {@code TaskSubmitted} output (an SQS SendMessage's {@code MessageId}, say), and the task then waits for
 * {@code sendTaskSuccess}, {@code sendTaskFailure} or its deadlines, as on AWS. Made by
 * {@link TaskHandler#submitting}. On any other Task it is a plain handler.
 */
public record SubmittingHandler(TaskHandler call) implements TaskHandler {

    @Override
    public JsonNode handle(JsonNode input, TaskContext context) throws Exception {
        return call.handle(input, context);
    }
}
