package dev.stepwise.test;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The name of every state of a definition, nested ones included (Parallel branches, Map iterators and item
 * processors): what an assertion naming a state checks the name against, since a state that does not exist is never
 * entered, retried or waited in, and an assertion about it could not fail.
 */
final class StateNames {

    private StateNames() {
    }

    static Set<String> of(JsonNode definition) {
        Set<String> names = new LinkedHashSet<>();
        collect(definition, names);
        return names;
    }

    private static void collect(JsonNode machine, Set<String> names) {
        JsonNode states = machine == null ? null : machine.get("States");
        if (states == null || !states.isObject()) {
            return;
        }
        states.fields().forEachRemaining(state -> {
            names.add(state.getKey());
            JsonNode body = state.getValue();
            body.path("Branches").forEach(branch -> collect(branch, names));
            collect(body.get("Iterator"), names);
            collect(body.get("ItemProcessor"), names);
        });
    }
}
