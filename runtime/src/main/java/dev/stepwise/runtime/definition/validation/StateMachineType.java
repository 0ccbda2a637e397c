package dev.stepwise.runtime.definition.validation;

/** The workflow type a definition is created for: Express machines support fewer integration patterns. */
public enum StateMachineType {
    STANDARD,
    EXPRESS
}
