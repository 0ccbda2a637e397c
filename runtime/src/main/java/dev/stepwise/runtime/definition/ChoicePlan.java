package dev.stepwise.runtime.definition;

import dev.stepwise.asl.data.choice.Condition;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;
import java.util.List;

/** A Choice state: rules tried in order, then {@code Default} ({@code null} when absent). */
public record ChoicePlan(String name, DataFlow dataFlow, List<Rule> rules, String defaultNext) implements StatePlan {

    /**
     * One compiled Choice rule: a JSONPath {@code condition} or a JSONata {@code Condition} expression
     * ({@code jsonataCondition}), with the {@code Assign} and JSONata {@code Output} that apply when it matches
     * (either may be {@code null}).
     */
    public record Rule(Condition condition, JsonataTemplate jsonataCondition, String next, Assignment assign,
            JsonataTemplate output) {

        public Rule(Condition condition, String next) {
            this(condition, null, next, null, null);
        }
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
