package dev.stepwise.runtime.definition;

import java.util.List;

/**
 * One compiled {@code Retry} entry.
 *
 * @param maxDelaySeconds the cap on any one delay, or {@code 0} for none
 * @param fullJitter      {@code JitterStrategy: FULL}: each delay is drawn uniformly from {@code [0, delay]}
 */
public record Retrier(
        ErrorMatcher errors,
        double intervalSeconds,
        int maxAttempts,
        double backoffRate,
        long maxDelaySeconds,
        boolean fullJitter) {

    public static final double DEFAULT_INTERVAL_SECONDS = 1;
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final double DEFAULT_BACKOFF_RATE = 2.0;

    /** The delay before retry number {@code attempt} (1-based), before jitter: interval * rate^(attempt-1), capped. */
    public double delaySeconds(int attempt) {
        // a rate of 1 (a constant interval) is common, and Math.pow was 2% of a retried Task's attempt
        double delay = backoffRate == 1.0 ? intervalSeconds : intervalSeconds * Math.pow(backoffRate, attempt - 1);
        return maxDelaySeconds > 0 ? Math.min(delay, maxDelaySeconds) : delay;
    }

    public List<String> errorEquals() {
        return errors.names();
    }
}
