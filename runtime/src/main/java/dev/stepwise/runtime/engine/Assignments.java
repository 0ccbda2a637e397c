package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.definition.Assignment;
import java.util.Iterator;
import java.util.Map;

/** Evaluates {@code Assign} blocks and describes what they set in the state's exited event. */
final class Assignments {

    private Assignments() {
    }

    /**
     * The variables an {@code Assign} block sets, or {@code null} without one. In JSONPath its {@code $} is the
     * scope's current document, which the caller sets (the result, the effective input or the error output); in
     * JSONata it reads {@code $states}. Every value sees the variables as they were when the state was entered:
     * they change only when it exits.
     */
    static ObjectNode evaluate(Assignment assign, StateScope scope) {
        if (assign == null) {
            return null;
        }
        JsonNode values = assign.jsonata() != null ? assign.jsonata().evaluate(scope.jsonata())
                : assign.jsonPath().evaluate(scope);
        return (ObjectNode) values;
    }

    /**
     * Adds {@code assignedVariables} to exited-event details: AWS writes each value as JSON text. An {@code Assign}
     * that sets nothing ({@code "Assign": {}}) adds nothing, as on AWS (assign__test_base_cases__BASE_EMPTY).
     */
    static void describe(ObjectNode assigned, ObjectNode details) {
        if (assigned.isEmpty()) {
            return;
        }
        ObjectNode listed = details.putObject("assignedVariables");
        for (Iterator<Map.Entry<String, JsonNode>> it = assigned.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            listed.put(variable.getKey(), Json.write(variable.getValue()));
        }
        details.putObject("assignedVariablesDetails").put("truncated", false);
    }
}
