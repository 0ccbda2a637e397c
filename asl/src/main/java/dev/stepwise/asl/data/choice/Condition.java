package dev.stepwise.asl.data.choice;

import dev.stepwise.asl.data.DataScope;

/** A compiled JSONPath-mode Choice rule condition (a comparison, or And/Or/Not over others). */
@FunctionalInterface
public interface Condition {

    /**
     * Whether the rule matches.
     *
     * @throws dev.stepwise.asl.error.StatesError {@code States.Runtime} where AWS fails the execution (for
     *     example a comparison against a path that selects nothing)
     */
    boolean test(DataScope scope);
}
