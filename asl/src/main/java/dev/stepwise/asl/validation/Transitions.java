package dev.stepwise.asl.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Every place a state names another state to go to: Next, Default, a choice rule's Next, a catcher's Next. */
final class Transitions {

    /** One named target and where the name is written. */
    record Transition(String target, JsonPointer at, String field) {
    }

    private Transitions() {
    }

    static List<Transition> of(JsonNode state, JsonPointer at) {
        List<Transition> transitions = new ArrayList<>();
        add(transitions, state, at, "Next");
        add(transitions, state, at, "Default");
        for (String listField : List.of("Choices", "Catch")) {
            JsonNode list = state.get(listField);
            if (list != null && list.isArray()) {
                for (int i = 0; i < list.size(); i++) {
                    add(transitions, list.get(i), at.field(listField).index(i), "Next");
                }
            }
        }
        return transitions;
    }

    private static void add(List<Transition> transitions, JsonNode holder, JsonPointer at, String field) {
        JsonNode target = holder.get(field);
        if (target != null && target.isTextual() && !target.textValue().isEmpty()) {
            transitions.add(new Transition(target.textValue(), at.field(field), field));
        }
    }
}
