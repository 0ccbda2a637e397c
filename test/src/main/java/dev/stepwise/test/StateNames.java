package dev.stepwise.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every state of a definition by name, nested ones included (Parallel branches, Map iterators and item processors):
 * what an assertion naming a state checks the name against, since a state that does not exist is never entered,
 * retried or waited in, and an assertion about it could not fail; and where a state's own fields are read from.
 */
final class StateNames {

    private StateNames() {
    }

    static Set<String> of(JsonNode definition) {
        return states(definition).keySet();
    }

    /** The state called {@code name}, wherever it is nested, or null. */
    static JsonNode find(JsonNode definition, String name) {
        return states(definition).get(name);
    }

    private static Map<String, JsonNode> states(JsonNode definition) {
        Map<String, JsonNode> states = new LinkedHashMap<>();
        collect(definition, states);
        return states;
    }

    private static void collect(JsonNode machine, Map<String, JsonNode> found) {
        JsonNode states = machine == null ? null : machine.get("States");
        if (states == null || !states.isObject()) {
            return;
        }
        states.fields().forEachRemaining(state -> {
            found.putIfAbsent(state.getKey(), state.getValue());
            JsonNode body = state.getValue();
            body.path("Branches").forEach(branch -> collect(branch, found));
            collect(body.get("Iterator"), found);
            collect(body.get("ItemProcessor"), found);
        });
    }
}
