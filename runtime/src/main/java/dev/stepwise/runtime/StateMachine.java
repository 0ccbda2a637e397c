package dev.stepwise.runtime;

import dev.stepwise.runtime.definition.MachinePlan;

/**
 * A loaded state machine: its definition compiled once, immutable, and startable any number of times, at once.
 * Loading a new definition under the same name gives a new {@code StateMachine} with the same ARN (an update);
 * published versions keep the one they were published from.
 */
public final class StateMachine {

    private final String name;
    private final String arn;
    private final MachinePlan plan;
    private final StateMachineSettings settings;

    StateMachine(String name, String arn, MachinePlan plan, StateMachineSettings settings) {
        this.name = name;
        this.arn = arn;
        this.plan = plan;
        this.settings = settings;
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

    public StateMachineSettings settings() {
        return settings;
    }

    /** Standard or Express: Express executions have {@code express} ARNs and no redrive count. */
    public StateMachineType type() {
        return settings.type();
    }

    @Override
    public String toString() {
        return "StateMachine " + name;
    }
}
