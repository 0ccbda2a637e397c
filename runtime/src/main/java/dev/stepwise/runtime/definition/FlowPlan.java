package dev.stepwise.runtime.definition;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code StartAt} plus {@code States}: a whole machine, a Parallel branch or a Map item processor.
 *
 * <p>Each state's {@link Transition} is linked to the next state's plan, and the flow to its first state, so running
 * it follows references; Choice rules and Catch targets still look their next state up by name here (a
 * {@code HashMap}: {@code Map.copyOf}'s open addressing probed long runs of slots for names that differ only in their
 * last characters).
 */
public final class FlowPlan {

    private final String startAt;
    private final Map<String, StatePlan> states;
    private final StatePlan start;
    private final boolean mayLetTimePass;

    public FlowPlan(String startAt, Map<String, StatePlan> states) {
        this.startAt = startAt;
        this.states = Collections.unmodifiableMap(new HashMap<>(states));
        for (StatePlan state : this.states.values()) {
            Transition transition = state.transition();
            if (!transition.isEnd()) {
                transition.link(this.states.get(transition.next()));
            }
        }
        this.start = this.states.get(startAt);
        this.mayLetTimePass = anyStateMayLetTimePass(); // asked per Map and Parallel run: worked out once
    }

    public String startAt() {
        return startAt;
    }

    public Map<String, StatePlan> states() {
        return states;
    }

    /** The plan of the {@code StartAt} state. */
    public StatePlan start() {
        return start;
    }

    public StatePlan state(String name) {
        return states.get(name);
    }

    /**
     * Whether running this flow may let time pass: it has a Wait, a Task (a handler may sleep, a Retry waits), or a
     * Parallel or Map whose children may, or that retries.
     */
    public boolean mayLetTimePass() {
        return mayLetTimePass;
    }

    private boolean anyStateMayLetTimePass() {
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
     * ({@code .waitForTaskToken}), a job run ({@code .sync}) or an activity.
     */
    public boolean mayAwaitAnswers() {
        for (StatePlan state : states.values()) {
            if (state instanceof TaskPlan task && task.resource().answerableWithToken()) {
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
