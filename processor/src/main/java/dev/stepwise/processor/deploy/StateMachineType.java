package dev.stepwise.processor.deploy;

/** The two kinds of state machine; the names are CloudFormation's {@code StateMachineType} values. */
public enum StateMachineType {
    STANDARD,
    EXPRESS
}
