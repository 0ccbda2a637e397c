package dev.stepwise.runtime.definition;

import java.util.Map;

/** {@code StartAt} plus {@code States}: a whole machine, a Parallel branch or a Map item processor. */
public record FlowPlan(String startAt, Map<String, StatePlan> states) {

    public FlowPlan {
        states = Map.copyOf(states);
    }

    public StatePlan start() {
        return states.get(startAt);
    }

    public StatePlan state(String name) {
        return states.get(name);
    }

    /**
     * Whether a Task of this flow or of a nested one may wait for an answer from outside: a callback
     * ({@code .waitForTaskToken}) or an activity.
     */
    public boolean mayAwaitAnswers() {
        for (StatePlan state : states.values()) {
            if (state instanceof TaskPlan task && (task.resource().waitsForTaskToken()
                    || task.resource().kind() == TaskResource.Kind.ACTIVITY)) {
                return true;
            }
            if (state instanceof ParallelPlan parallel) {
                for (FlowPlan branch : parallel.branches()) {
                    if (branch.mayAwaitAnswers()) {
                        return true;
                    }
                }
            }
            if (state instanceof MapPlan map && map.processor().mayAwaitAnswers()) {
                return true;
            }
        }
        return false;
    }
}
