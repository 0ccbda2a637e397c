package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The {@code Resource} of one Task state and the arguments it is called with.
 *
 * @param stateName   the Task state's name, used only to make warnings point somewhere
 * @param resource    the {@code Resource} ARN exactly as written in the definition (may hold {@code ${...}} placeholders)
 * @param arguments   the state's {@code Parameters} (JSONPath) or {@code Arguments} (JSONata). Service integrations
 *                    name their target here ({@code QueueUrl}, {@code TopicArn}, ...).
 * @param credentials the state's {@code Credentials}: the {@code RoleArn} Step Functions assumes to make the call
 *                    (across accounts, typically), or {@link TaskArguments#NONE}
 */
public record TaskResource(String stateName, String resource, TaskArguments arguments, TaskArguments credentials) {

    /** The field of {@code Credentials} that names the role to assume. */
    static final String CREDENTIALS_ROLE = "RoleArn";

    public TaskResource {
        Objects.requireNonNull(stateName, "stateName");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(credentials, "credentials");
    }

    public TaskResource(String stateName, String resource, TaskArguments arguments) {
        this(stateName, resource, arguments, TaskArguments.NONE);
    }

    /** @param parameters the arguments as a JSON object; {@code null} when the state passes none */
    public TaskResource(String stateName, String resource, ObjectNode parameters) {
        this(stateName, resource, TaskArguments.of(parameters));
    }

    public static TaskResource of(String stateName, String resource) {
        return new TaskResource(stateName, resource, TaskArguments.NONE);
    }

    /**
     * Whether Step Functions makes the call as another role, the one {@code Credentials} names: that role, not the
     * execution role, then needs the call's permissions, and the execution role needs to assume it.
     */
    public boolean assumesRole() {
        return !credentials.read(CREDENTIALS_ROLE).isAbsent();
    }
}
