package dev.stepwise.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every state of a definition by name, nested ones included (Parallel branches, Map item processors and iterators):
 * state names are unique in a whole machine, so a name alone finds a state wherever it is nested.
 */
public final class DefinitionStates {

    private DefinitionStates() {
    }

    /** The states of {@code definition} by name, a machine's own before those nested in each of them. */
    public static Map<String, JsonNode> of(JsonNode definition) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        collect(definition, found);
        return Collections.unmodifiableMap(found);
    }

    /** The state called {@code name}, wherever it is nested, or {@code null}. */
    public static JsonNode find(JsonNode definition, String name) {
        return of(definition).get(name);
    }

    private static void collect(JsonNode machine, Map<String, JsonNode> found) {
        JsonNode states = machine == null ? null : machine.get("States");
        if (states == null || !states.isObject()) {
            return;
        }
        states.properties().forEach(state -> found.putIfAbsent(state.getKey(), state.getValue()));
        states.forEach(state -> {
            state.path("Branches").forEach(branch -> collect(branch, found));
            collect(state.get("ItemProcessor"), found);
            collect(state.get("Iterator"), found);
        });
    }
}
