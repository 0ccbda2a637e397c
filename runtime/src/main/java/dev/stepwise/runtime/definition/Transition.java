package dev.stepwise.runtime.definition;

import java.util.Objects;

/**
 * Where a state goes when it completes: the next state's name, or {@code null} when it ends its flow.
 *
 * <p>The flow that holds the state links the name to the next state's plan once, when it is built
 * ({@link FlowPlan}), so a transition follows a reference instead of looking the name up: on a long chain of states
 * that lookup touched a table entry and a key string per transition.
 */
public final class Transition {

    public static final Transition END = new Transition(null);

    private final String next;
    /** The plan named {@code next}, set once by the flow that holds this transition, before it is shared. */
    private StatePlan target;

    public Transition(String next) {
        this.next = next;
    }

    public String next() {
        return next;
    }

    public boolean isEnd() {
        return next == null;
    }

    /** The next state's plan, or {@code null} when this transition ends the flow or is not linked yet. */
    public StatePlan target() {
        return target;
    }

    /** Called by {@link FlowPlan} while it is built. */
    void link(StatePlan plan) {
        target = plan;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Transition transition && Objects.equals(next, transition.next);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(next);
    }

    @Override
    public String toString() {
        return "Transition[next=" + next + "]";
    }
}
