package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The {@code Resource} of one Task state and the arguments it is called with.
 *
 * @param stateName  the Task state's name, used only to make warnings point somewhere
 * @param resource   the {@code Resource} ARN exactly as written in the definition (may hold {@code ${...}} placeholders)
 * @param parameters the state's {@code Parameters} (JSONPath) or {@code Arguments} (JSONata); {@code null} or empty
 *                   when it has none, and {@code null} when JSONata {@code Arguments} is one expression as a whole
 *                   (every target then counts as chosen at run time). Service integrations name their target here
 *                   ({@code QueueUrl}, {@code TopicArn}, ...).
 */
public record TaskResource(String stateName, String resource, ObjectNode parameters) {

    public TaskResource {
        Objects.requireNonNull(stateName, "stateName");
        Objects.requireNonNull(resource, "resource");
        parameters = parameters == null ? JsonNodeFactory.instance.objectNode() : parameters.deepCopy();
    }

    public static TaskResource of(String stateName, String resource) {
        return new TaskResource(stateName, resource, null);
    }
}
