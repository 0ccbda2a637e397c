package dev.stepwise.runtime.definition;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** {@code StartAt} plus {@code States}: a whole machine, a Parallel branch or a Map item processor. */
public record FlowPlan(String startAt, Map<String, StatePlan> states) {

    /**
     * Looked up at every transition, so a {@code HashMap}: {@code Map.copyOf}'s open addressing probes long runs of
     * slots for names that differ only in their last characters ({@code P0000} to {@code P0999}), which JFR showed
     * as 18% of a 1000-state chain's samples.
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
