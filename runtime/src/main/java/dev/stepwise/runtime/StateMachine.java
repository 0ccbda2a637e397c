package dev.stepwise.runtime;

import dev.stepwise.runtime.definition.MachinePlan;
import dev.stepwise.runtime.definition.validation.StateMachineType;

/**
 * A loaded state machine: its definition compiled once, immutable, and startable any number of times, at once.
 */
public final class StateMachine {

    private final String name;
    private final String arn;
    private final StateMachineType type;
    private final MachinePlan plan;

    StateMachine(String name, String arn, StateMachineType type, MachinePlan plan) {
        this.name = name;
        this.arn = arn;
        this.type = type;
        this.plan = plan;
    }

    public String name() {
        return name;
    }

    /** A local ARN in AWS's format, as {@code $$.StateMachine.Id} shows it. */
    public String arn() {
        return arn;
    }

    /** Standard or Express: Express executions have {@code express} ARNs and no redrive count. */
    public StateMachineType type() {
        return type;
    }

    public MachinePlan plan() {
        return plan;
    }

    @Override
    public String toString() {
        return "StateMachine " + name;
    }
}
