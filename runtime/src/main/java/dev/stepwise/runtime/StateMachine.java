package dev.stepwise.runtime;

import dev.stepwise.runtime.definition.MachinePlan;

/**
 * A loaded state machine: its definition compiled once, immutable, and startable any number of times, at once.
 */
public final class StateMachine {

    private final String name;
    private final String arn;
    private final MachinePlan plan;

    StateMachine(String name, String arn, MachinePlan plan) {
        this.name = name;
        this.arn = arn;
        this.plan = plan;
    }

    public String name() {
        return name;
    }

    /** A local ARN in AWS's format, as {@code $$.StateMachine.Id} shows it. */
    public String arn() {
        return arn;
    }

    public MachinePlan plan() {
        return plan;
    }

    @Override
    public String toString() {
        return "StateMachine " + name;
    }
}
