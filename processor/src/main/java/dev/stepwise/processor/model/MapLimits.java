package dev.stepwise.processor.model;

/**
 * Concurrency and failure tolerance of a Map state; null fields are absent. A {@code ...Path} field is the
 * setting's dynamic form: a path in a JSONPath state, a {@code {% expression %}} in a JSONata state.
 */
public record MapLimits(Integer maxConcurrency, String maxConcurrencyPath, Integer toleratedFailureCount,
                        String toleratedFailureCountPath, Double toleratedFailurePercentage,
                        String toleratedFailurePercentagePath) {

    public static final MapLimits NONE = new MapLimits(null, null, null, null, null, null);
}
