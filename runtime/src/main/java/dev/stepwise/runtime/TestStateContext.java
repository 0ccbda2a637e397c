package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The Context object a TestState call gives its state ({@code context}), checked as AWS checks it (recorded on AWS
 * by LocalStack's test_state_context_object): only the Context object's own fields, each of its type; no
 * {@code Map} (the state under test is not a Map iteration); {@code Task} only for a Task whose Context object has a
 * token (.sync or .waitForTaskToken). Fields may be left out: the state then sees the Context object as given.
 */
final class TestStateContext {

    private static final String PREFIX = "Invalid Context object provided: ";

    /** The fields of each part of the Context object (AWS's "Accessing execution data from the Context object"). */
    private static final Map<String, Map<String, JsonType>> FIELDS = Map.of(
            "Execution", Map.of("Id", JsonType.STRING, "Input", JsonType.ANY, "Name", JsonType.STRING,
                    "RoleArn", JsonType.STRING, "StartTime", JsonType.STRING, "RedriveCount", JsonType.INTEGER,
                    "RedriveTime", JsonType.STRING),
            "State", Map.of("EnteredTime", JsonType.STRING, "Name", JsonType.STRING,
                    "RetryCount", JsonType.INTEGER),
            "StateMachine", Map.of("Id", JsonType.STRING, "Name", JsonType.STRING),
            "Task", Map.of("Token", JsonType.STRING));

    private enum JsonType {
        STRING("a string"), INTEGER("an integer"), ANY("any JSON value");

        private final String description;

        JsonType(String description) {
            this.description = description;
        }

        boolean fits(JsonNode value) {
            return switch (this) {
                case STRING -> value.isTextual();
                case INTEGER -> value.isIntegralNumber();
                case ANY -> true;
            };
        }
    }

    private TestStateContext() {
    }

    /** @throws TestStateRefusedException with AWS's message for the first field it does not take */
    static void check(JsonNode context, boolean takesTaskToken) {
        for (Map.Entry<String, JsonNode> part : context.properties()) {
            String name = part.getKey();
            if (name.equals("Map")) {
                throw refused("'Map' field is not supported when mocking a Context object");
            }
            Map<String, JsonType> fields = FIELDS.get(name);
            if (fields == null) {
                throw refused("Field '" + name + "' is not allowed");
            }
            if (name.equals("Task") && !takesTaskToken) {
                throw refused("Context object contains 'Task' when state is not a Task state with a '.sync' or "
                        + "'.waitForTaskToken' service integration pattern");
            }
            if (!part.getValue().isObject()) {
                throw refused(name + " must be an object");
            }
            for (Map.Entry<String, JsonNode> field : part.getValue().properties()) {
                JsonType type = fields.get(field.getKey());
                if (type == null) {
                    throw refused("Field '" + field.getKey() + "' is not allowed");
                }
                if (!type.fits(field.getValue())) {
                    throw refused(name + "." + field.getKey() + " must be " + type.description);
                }
            }
        }
    }

    private static TestStateRefusedException refused(String problem) {
        return TestStateRefusedException.validation(PREFIX + problem);
    }
}
