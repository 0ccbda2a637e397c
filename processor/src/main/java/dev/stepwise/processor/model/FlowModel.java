package dev.stepwise.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A state graph: a workflow's top level, a Parallel branch or a Map item processor.
 *
 * @param type   the class that declares it, by package and simple names: generated code names it, and a
 *               qualified name alone does not tell {@code a.b.C} from {@code a.b} nested in {@code a}
 * @param states in declaration order
 */
public record FlowModel(JavaType.ClassType type, String comment, String startAt, List<StateModel> states) {

    public FlowModel {
        states = List.copyOf(states);
    }

    /** The qualified name of the class that declares it. */
    public String className() {
        return type.qualifiedName();
    }

    /** Every Task state of this flow and of the branches and item processors inside it, in declaration order. */
    public List<StateModel.Task> tasks() {
        List<StateModel.Task> tasks = new ArrayList<>();
        collectTasks(this, tasks);
        return tasks;
    }

    private static void collectTasks(FlowModel flow, List<StateModel.Task> tasks) {
        for (StateModel state : flow.states()) {
            if (state instanceof StateModel.Task task) {
                tasks.add(task);
            } else if (state instanceof StateModel.Parallel parallel) {
                parallel.branches().forEach(branch -> collectTasks(branch, tasks));
            } else if (state instanceof StateModel.Map map) {
                collectTasks(map.processor(), tasks);
            }
        }
    }

    public Optional<StateModel> state(String name) {
        return states.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
