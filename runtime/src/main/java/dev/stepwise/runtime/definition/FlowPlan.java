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
     * Whether running this flow may let time pass: it has a Wait, a Task (a handler may sleep, a Retry waits), or a
     * Parallel or Map whose children may, or that retries.
     */
    public boolean mayLetTimePass() {
        for (StatePlan state : states.values()) {
            if (state instanceof WaitPlan || state instanceof TaskPlan) {
                return true;
            }
            if (state instanceof ParallelPlan parallel) {
                if (!parallel.errorHandling().retriers().isEmpty()) {
                    return true;
                }
                for (FlowPlan branch : parallel.branches()) {
                    if (branch.mayLetTimePass()) {
                        return true;
                    }
                }
            }
            if (state instanceof MapPlan map && (!map.errorHandling().retriers().isEmpty()
                    || map.processor().mayLetTimePass())) {
                return true;
            }
        }
        return false;
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
