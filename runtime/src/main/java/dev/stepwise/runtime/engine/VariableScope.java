package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.error.StatesError;
import dev.stepwise.runtime.error.StatesErrors;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The workflow variables of one flow: the machine's, or one Parallel branch's or Map iteration's, which also reads
 * (but never writes) the variables of the flows around it.
 *
 * <p>The map is created at the first assignment, so a machine without {@code Assign} allocates none. A scope is
 * written only by the flow that owns it, and never while an inner flow runs (its state waits for the branches or
 * iterations), so inner flows on other threads may read it without locking.
 */
final class VariableScope {

    private final VariableScope outer;
    private Map<String, JsonNode> values;

    private VariableScope(VariableScope outer) {
        this.outer = outer;
    }

    static VariableScope root() {
        return new VariableScope(null);
    }

    /** The scope of a Parallel branch or Map iteration run inside this one. */
    VariableScope inner() {
        return new VariableScope(this);
    }

    /** The value of {@code $name}, looked up from this scope outwards; {@code null} when no scope has it. */
    JsonNode get(String name) {
        for (VariableScope scope = this; scope != null; scope = scope.outer) {
            if (scope.values != null) {
                JsonNode value = scope.values.get(name);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    /**
     * Sets every field of {@code assigned} as a variable at once, as a state's Assign does when the state exits.
     *
     * @throws StatesError {@code States.DataLimitExceeded} when a value is over AWS's 256 KiB variable limit
     */
    void assign(String stateName, ObjectNode assigned) {
        for (Iterator<Map.Entry<String, JsonNode>> it = assigned.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            if (PayloadSize.exceedsLimit(variable.getValue())) {
                throw new StatesError(StatesErrors.DATA_LIMIT_EXCEEDED, "The state '" + stateName
                        + "' assigned a value to the variable '" + variable.getKey()
                        + "' with a size exceeding the maximum number of bytes service limit.");
            }
        }
        if (values == null) {
            values = new HashMap<>();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = assigned.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            values.put(variable.getKey(), variable.getValue());
        }
    }
}
