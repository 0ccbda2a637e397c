package dev.stepwise.processor.model;

/**
 * A {@code Choices} entry: the parsed test, its source text (for messages) and the target state.
 *
 * @param condition the parsed JSONPath test, or null in a JSONata state, whose {@code Condition} is {@code source}
 */
public record ChoiceRule(Condition condition, String source, String next) {

    public boolean isJsonata() {
        return condition == null;
    }
}
