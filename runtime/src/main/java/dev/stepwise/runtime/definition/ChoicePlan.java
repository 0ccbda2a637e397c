package dev.stepwise.runtime.definition;

import dev.stepwise.runtime.data.choice.Condition;
import java.util.List;

/** A Choice state: rules tried in order, then {@code Default} ({@code null} when absent). */
public record ChoicePlan(String name, DataFlow dataFlow, List<Rule> rules, String defaultNext) implements StatePlan {

    /** One compiled Choice rule. */
    public record Rule(Condition condition, String next) {
    }

    public ChoicePlan {
        rules = List.copyOf(rules);
    }

    @Override
    public String type() {
        return "Choice";
    }

    @Override
    public Transition transition() {
        return Transition.END;
    }
}
