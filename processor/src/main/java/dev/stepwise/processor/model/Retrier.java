package dev.stepwise.processor.model;

import java.util.List;

/**
 * One {@code Retry} entry; {@code maxDelaySeconds} 0, {@code jitter} NONE and a null {@code comment} are left out of
 * the definition.
 */
public record Retrier(List<String> errors, int intervalSeconds, int maxAttempts, double backoffRate,
                      int maxDelaySeconds, String jitter, String comment) {
    public Retrier {
        errors = List.copyOf(errors);
    }
}
