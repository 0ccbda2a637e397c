package dev.stepwise.runtime.definition;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** {@code StartAt} plus {@code States}: a whole machine, a Parallel branch or a Map item processor. */
public record FlowPlan(String startAt, Map<String, StatePlan> states) {

    /**
     * Links each state's {@link Transition} to the next state's plan, so a transition follows a reference; Choice
     * rules and Catch targets still look their next state up by name here (a {@code HashMap}: {@code Map.copyOf}'s
     * open addressing probed long runs of slots for names that differ only in their last characters).
     */
    public FlowPlan {
        states = Collections.unmodifiableMap(new HashMap<>(states));
        for (StatePlan state : states.values()) {
            Transition transition = state.transition();
            if (!transition.isEnd()) {
                transition.link(states.get(transition.next()));
            }
        }
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
