package dev.stepwise.runtime.definition;

import java.util.List;

/** A Parallel state: its branches are flows of their own. */
public record ParallelPlan(
        String name,
        DataFlow dataFlow,
        List<FlowPlan> branches,
        ErrorHandling errorHandling,
        Transition transition) implements StatePlan {

    public ParallelPlan {
        branches = List.copyOf(branches);
    }

    @Override
    public String type() {
        return "Parallel";
    }
}
