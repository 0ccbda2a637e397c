package dev.stepwise.runtime.data.choice;

import dev.stepwise.runtime.data.DataScope;

/** A compiled JSONPath-mode Choice rule condition (a comparison, or And/Or/Not over others). */
@FunctionalInterface
public interface Condition {

    /**
     * Whether the rule matches.
     *
     * @throws dev.stepwise.runtime.error.StatesError {@code States.Runtime} where AWS fails the execution (for
     *     example a comparison against a path that selects nothing)
     */
    boolean test(DataScope scope);
}
