package dev.stepwise.processor.model;

/** A {@code Choices} entry: the parsed test, its source text (for messages) and the target state. */
public record ChoiceRule(Condition condition, String source, String next) {
}
