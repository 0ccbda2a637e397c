package dev.stepwise.runtime.engine;

import dev.stepwise.asl.AslLimits;
import dev.stepwise.asl.data.PayloadSize;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The workflow variables of one flow: the machine's, or one Parallel branch's or Map iteration's, which also reads
 * (but never writes) the variables of the flows around it.
 *
 * <p>The map is created at the first assignment, so a machine without {@code Assign} allocates none. A scope is
 * written only by the flow that owns it, and never while an inner flow runs (its state waits for the branches or
 * iterations), so inner flows on other threads may read it without locking.
 *
 * <p>With AWS's limits on, every value is held to 256 KiB, and all scopes of the execution share one
 * {@link VariableBudget} held to 10 MiB together. A scope counts towards that total only while its flow runs: the
 * variables of a finished branch or iteration are gone.
 */
final class VariableScope {

    /** A value and the bytes it adds to the execution's total (0 when the limits are off). */
    private record Variable(JsonNode value, long bytes) {
    }

    private final VariableScope outer;
    private final VariableBudget budget;
    private Map<String, Variable> values;
    /** What this scope's variables add to the budget, given back when its flow ends. */
    private long bytes;

    private VariableScope(VariableScope outer, VariableBudget budget) {
        this.outer = outer;
        this.budget = budget;
    }

    /** The machine's scope, which starts the execution's budget (a distributed map's child is an execution too). */
    static VariableScope root() {
        return new VariableScope(null, new VariableBudget());
    }

    /** The scope of a Parallel branch or Map iteration run inside this one. */
    VariableScope inner() {
        return new VariableScope(this, budget);
    }

    /** The value of {@code $name}, looked up from this scope outwards; {@code null} when no scope has it. */
    JsonNode get(String name) {
        for (VariableScope scope = this; scope != null; scope = scope.outer) {
            if (scope.values != null) {
                Variable variable = scope.values.get(name);
                if (variable != null) {
                    return variable.value();
                }
            }
        }
        return null;
    }

    /**
     * Sets every field of {@code assigned} as a variable at once, as a state's Assign does when the state exits.
     * When a limit is passed nothing is set.
     *
     * @param limited whether AWS's variable limits apply (the runtime's payload limit setting)
     * @throws StatesError {@code States.DataLimitExceeded} when a value is over 256 KiB, or when the execution's
     *     variables would hold more than 10 MiB together
     */
    void assign(String stateName, ObjectNode assigned, boolean limited) {
        if (values == null) {
            values = new HashMap<>();
        }
        if (!limited) {
            for (Iterator<Map.Entry<String, JsonNode>> it = assigned.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                values.put(field.getKey(), new Variable(field.getValue(), 0));
            }
            return;
        }
        Variable[] sized = new Variable[assigned.size()];
        long growth = 0;
        int i = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = assigned.properties().iterator(); it.hasNext(); i++) {
            Map.Entry<String, JsonNode> field = it.next();
            long size = PayloadSize.size(field.getValue(), AslLimits.MAX_PAYLOAD_BYTES);
            if (size > AslLimits.MAX_PAYLOAD_BYTES) {
                throw new StatesError(StatesErrors.DATA_LIMIT_EXCEEDED, "The state '" + stateName
                        + "' assigned a value to the variable '" + field.getKey()
                        + "' with a size exceeding the maximum number of bytes service limit.");
            }
            sized[i] = new Variable(field.getValue(), size);
            Variable replaced = values.get(field.getKey());
            growth += size - (replaced == null ? 0 : replaced.bytes());
        }
        if (!budget.tryAdd(growth)) {
            throw new StatesError(StatesErrors.DATA_LIMIT_EXCEEDED, "The state '" + stateName
                    + "' assigned variables that take the total size of the execution's variables over the"
                    + " maximum number of bytes service limit.");
        }
        bytes += growth;
        i = 0;
        for (Iterator<String> names = assigned.fieldNames(); names.hasNext(); i++) {
            values.put(names.next(), sized[i]);
        }
    }

    /** This scope's own variables (not those of the flows around it), by name: what TestState reports. */
    ObjectNode snapshot() {
        ObjectNode all = Json.NODES.objectNode();
        if (values != null) {
            new TreeMap<>(values).forEach((name, variable) -> all.set(name, variable.value()));
        }
        return all;
    }

    /**
     * Counts this scope's variables towards the execution's total as its flow starts: nothing for a new scope, what
     * it held before for one a redrive resumes.
     */
    void open() {
        if (bytes != 0) { // most scopes hold nothing: leave the shared counter alone, every Map iteration opens one
            budget.add(bytes);
        }
    }

    /** Gives this scope's bytes back as its flow ends; a redrive may {@link #open()} it again. */
    void close() {
        if (bytes != 0) {
            budget.add(-bytes);
        }
    }
}
