package dev.stepwise.runtime.versions;

import dev.stepwise.runtime.StateMachine;
import java.time.Instant;

/**
 * A published version: the state machine's definition and settings as they were when it was published. Later
 * updates of the state machine do not change it.
 */
public final class StateMachineVersion {

    private final StateMachine machine;
    private final int number;
    private final String description;
    private final Instant creationDate;

    StateMachineVersion(StateMachine machine, int number, String description, Instant creationDate) {
        this.machine = machine;
        this.number = number;
        this.description = description;
        this.creationDate = creationDate;
    }

    /** The state machine as published: what an execution of this version runs. */
    public StateMachine machine() {
        return machine;
    }

    public int number() {
        return number;
    }

    /** {@code <state machine ARN>:<number>}. */
    public String arn() {
        return machine.arn() + ":" + number;
    }

    public String description() {
        return description;
    }

    public Instant creationDate() {
        return creationDate;
    }

    @Override
    public String toString() {
        return "StateMachineVersion " + arn();
    }
}
