package dev.stepwise.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A state graph: a workflow's top level, a Parallel branch or a Map item processor.
 *
 * @param className the qualified name of the class that declares it
 * @param states    in declaration order
 */
public record FlowModel(String className, String comment, String startAt, List<StateModel> states) {

    public FlowModel {
        states = List.copyOf(states);
    }

    public Optional<StateModel> state(String name) {
        return states.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
