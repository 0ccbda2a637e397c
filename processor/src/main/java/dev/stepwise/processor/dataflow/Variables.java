package dev.stepwise.processor.dataflow;

import dev.stepwise.processor.model.Catcher;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.RawJson;
import dev.stepwise.processor.model.StateModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The types of a workflow's variables, as its {@code Assign} fields give them. States are visited in an order that
 * need not be the one they run in, and some more than once, so a variable's type is known only once every state
 * that assigns it (in any flow of the workflow) has been seen: two assignments that disagree make it any JSON.
 */
final class Variables {

    /** Per variable, the states and catchers assigning it not visited yet (state names are machine-unique). */
    private final Map<String, Set<String>> unseen = new HashMap<>();
    private final Map<String, JavaType> types = new HashMap<>();
    /** The variables of the workflow around a Distributed Map's child workflow, which the child cannot read. */
    private final Set<String> outside;

    private Variables(Set<String> outside) {
        this.outside = outside;
    }

    /**
     * The variables of a flow, its branches and its inline Maps' item processors, none of them assigned yet. A
     * Distributed Map's item processor has variables of its own ({@link #ofChildWorkflow}).
     */
    static Variables of(FlowModel flow) {
        var variables = new Variables(Set.of());
        variables.count(flow);
        return variables;
    }

    /**
     * The variables of a Distributed Map's child workflow: only its own. Its executions start with none of the
     * workflow's that runs the map (AWS's variables page: they cannot reference variables in outer scopes).
     */
    static Variables ofChildWorkflow(FlowModel processor, Variables around) {
        var outside = new HashSet<>(around.outside);
        outside.addAll(around.unseen.keySet());
        var variables = new Variables(Set.copyOf(outside));
        variables.count(processor);
        return variables;
    }

    private void count(FlowModel flow) {
        for (StateModel state : flow.states()) {
            count(state.name(), state.expressions().assign());
            List<Catcher> catchers = state.errorHandling().catchers();
            for (int k = 0; k < catchers.size(); k++) {
                count(catcherOf(state, k), catchers.get(k).assign());
            }
            if (state instanceof StateModel.Parallel parallel) {
                parallel.branches().forEach(this::count);
            } else if (state instanceof StateModel.Map map && !map.isDistributed()) {
                count(map.processor());
            }
        }
    }

    private void count(String assigner, RawJson assign) {
        JsonataTemplate.parse(assign).ifPresent(names -> {
            for (Iterator<String> name = names.fieldNames(); name.hasNext(); ) {
                unseen.computeIfAbsent(name(name.next()), n -> new HashSet<>()).add(assigner);
            }
        });
    }

    /** The name a state's k-th catcher assigns under: it assigns apart from the state's own Assign. */
    static String catcherOf(StateModel state, int k) {
        return state.name() + "/Catch/" + k;
    }

    /** The variable an {@code Assign} key names: JSONPath marks a key whose value is a path with {@code .$}. */
    static String name(String key) {
        return key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
    }

    /**
     * The assignment of a state (or of one of its catchers: {@link #catcherOf}) seen (again): the variable may now
     * hold a value of this type.
     */
    void assign(String assigner, String name, JavaType type) {
        Set<String> assigners = unseen.get(name);
        if (assigners != null) {
            assigners.remove(assigner);
        }
        types.merge(name, type, (known, other) -> known.equals(other) ? known : JavaType.JSON);
    }

    /** Whether some state of the workflow assigns the variable. */
    boolean isAssigned(String name) {
        return unseen.containsKey(name);
    }

    /** Whether the workflow around this Distributed Map's child workflow assigns the variable, out of its reach. */
    boolean isOutside(String name) {
        return outside.contains(name);
    }

    /** The variable's type, when every assignment to it has been seen. */
    Optional<JavaType> type(String name) {
        Set<String> states = unseen.get(name);
        return states != null && states.isEmpty() ? Optional.ofNullable(types.get(name)) : Optional.empty();
    }
}
