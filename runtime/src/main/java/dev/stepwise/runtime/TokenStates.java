package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.DefinitionStates;
import dev.stepwise.runtime.definition.TaskResource;
import java.util.Map;

/**
 * The states that hand out a task token for an answer from outside: a Task on a {@code .waitForTaskToken}
 * integration (its callback), on a {@code .sync} one (its job, which the token may end early) or on an activity (its
 * worker). Waiting for a token from any other state could only
 * end with the execution, after the virtual clock had run its deadlines out; so a wait that names one is refused.
 */
final class TokenStates {

    private TokenStates() {
    }

    /** @throws IllegalArgumentException when the machine has no state {@code name}, or it hands out no token */
    static void require(StateMachine machine, String name) {
        Map<String, JsonNode> states = DefinitionStates.of(machine.definition());
        JsonNode state = states.get(name);
        if (state == null) {
            throw new IllegalArgumentException("state machine '" + machine.name() + "' has no state named '" + name
                    + "' to hand out a task token; its states are " + states.keySet());
        }
        String type = state.path("Type").asText();
        if (!type.equals("Task")) {
            throw new IllegalArgumentException("state '" + name + "' is a " + type + " state, which hands out no "
                    + "task token; a Task on a .waitForTaskToken or .sync integration or an activity does");
        }
        TaskResource resource = TaskResource.parse(state.path("Resource").asText());
        if (!resource.answerableWithToken()) {
            throw new IllegalArgumentException("Task state '" + name + "' (" + state.path("Resource").asText()
                    + ") hands out no task token; a Task on a .waitForTaskToken or .sync integration or an activity does");
        }
    }
}
