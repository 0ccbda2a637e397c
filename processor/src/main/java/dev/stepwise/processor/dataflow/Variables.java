package dev.stepwise.processor.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.StateModel;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The types of a workflow's variables, as its {@code Assign} fields give them. States are visited in declaration
 * order, which need not be the order they run in, so a variable's type is known only once every assignment to it
 * (in any flow of the workflow) has been seen: two that disagree make it any JSON.
 */
final class Variables {

    private final Map<String, Integer> unseen = new HashMap<>();
    private final Map<String, JavaType> types = new HashMap<>();

    private Variables() {
    }

    /** The variables of a flow, its branches and its item processors, none of them assigned yet. */
    static Variables of(FlowModel flow) {
        var variables = new Variables();
        variables.count(flow);
        return variables;
    }

    private void count(FlowModel flow) {
        for (StateModel state : flow.states()) {
            JsonataTemplate.parse(state.expressions().assign()).ifPresent(assign -> {
                for (Iterator<String> names = assign.fieldNames(); names.hasNext(); ) {
                    unseen.merge(name(names.next()), 1, Integer::sum);
                }
            });
            if (state instanceof StateModel.Parallel parallel) {
                parallel.branches().forEach(this::count);
            } else if (state instanceof StateModel.Map map) {
                count(map.processor());
            }
        }
    }

    /** The variable an {@code Assign} key names: JSONPath marks a key whose value is a path with {@code .$}. */
    static String name(String key) {
        return key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
    }

    /** One assignment seen: the variable may now hold a value of this type. */
    void assign(String name, JavaType type) {
        unseen.computeIfPresent(name, (n, count) -> count - 1);
        types.merge(name, type, (known, other) -> known.equals(other) ? known : JavaType.JSON);
    }

    /** Assigns every key of a JSONPath state's {@code Assign}, whose values tracking does not type. */
    void assignUntyped(JsonNode assign) {
        assign.fieldNames().forEachRemaining(key -> assign(name(key), JavaType.JSON));
    }

    /** The variable's type, when every assignment to it has been seen. */
    Optional<JavaType> type(String name) {
        return Integer.valueOf(0).equals(unseen.get(name)) ? Optional.ofNullable(types.get(name)) : Optional.empty();
    }
}
