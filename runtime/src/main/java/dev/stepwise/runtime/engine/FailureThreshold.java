package dev.stepwise.runtime.engine;

/**
 * A Map's ToleratedFailureCount and ToleratedFailurePercentage, as they stand for one run; either may be
 * {@code null} (not set), but not both.
 */
record FailureThreshold(Long count, Double percentage) {

    /** The threshold of these settings, or {@code null} when neither is set. */
    static FailureThreshold of(Long count, Double percentage) {
        return count == null && percentage == null ? null : new FailureThreshold(count, percentage);
    }

    /** Past either limit: with both set, AWS fails the Map Run when it exceeds either one (tolerated threshold docs). */
    boolean exceeded(int failures, int total) {
        boolean overCount = count != null && failures > count;
        boolean overPercentage = percentage != null && total > 0 && failures * 100.0 / total > percentage;
        return overCount || overPercentage;
    }
}
