package dev.stepwise.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A state graph: a workflow's top level, a Parallel branch or a Map item processor.
 *
 * @param type    the class that declares it, by package and simple names: generated code names it, and a
 *                qualified name alone does not tell {@code a.b.C} from {@code a.b} nested in {@code a}
 * @param states  in declaration order
 * @param generic whether the class declares type parameters, so generated code names it raw
 */
public record FlowModel(JavaType.ClassType type, String comment, String startAt, List<StateModel> states,
                        boolean generic) {

    public FlowModel {
        states = List.copyOf(states);
    }

    /** A flow of a class without type parameters. */
    public FlowModel(JavaType.ClassType type, String comment, String startAt, List<StateModel> states) {
        this(type, comment, startAt, states, false);
    }

    /** The qualified name of the class that declares it. */
    public String className() {
        return type.qualifiedName();
    }

    /** Every Task state of this flow and of the branches and item processors inside it, in declaration order. */
    public List<StateModel.Task> tasks() {
        List<StateModel.Task> tasks = new ArrayList<>();
        for (StateModel state : allStates()) {
            if (state instanceof StateModel.Task task) {
                tasks.add(task);
            }
        }
        return tasks;
    }

    /** Every state of this flow and of the branches and item processors inside it, depth first in declaration order. */
    public List<StateModel> allStates() {
        List<StateModel> all = new ArrayList<>();
        collect(this, all);
        return all;
    }

    private static void collect(FlowModel flow, List<StateModel> all) {
        for (StateModel state : flow.states()) {
            all.add(state);
            if (state instanceof StateModel.Parallel parallel) {
                parallel.branches().forEach(branch -> collect(branch, all));
            } else if (state instanceof StateModel.Map map) {
                collect(map.processor(), all);
            }
        }
    }

    public Optional<StateModel> state(String name) {
        return states.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
