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
}
