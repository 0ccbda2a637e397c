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

    /**
     * A Map Run's default: a ToleratedFailurePercentage of zero, "the workflow fails if any one of its child workflow
     * executions fails or times out" (AWS docs: tolerated failure threshold for Distributed Map state).
     */
    private static final FailureThreshold MAP_RUN_DEFAULT = new FailureThreshold(null, 0.0);

    /**
     * A Map Run's threshold: the one set (in the definition or by UpdateMapRun), or with none set, none of its child
     * executions may fail. An inline map without one fails with its first failing item's own error instead.
     */
    static FailureThreshold ofMapRun(FailureThreshold set) {
        return set == null ? MAP_RUN_DEFAULT : set;
    }

    /** Past either limit: with both set, AWS fails the Map Run when it exceeds either one (tolerated threshold docs). */
    boolean exceeded(int failures, int total) {
        boolean overCount = count != null && failures > count;
        boolean overPercentage = percentage != null && total > 0 && failures * 100.0 / total > percentage;
        return overCount || overPercentage;
    }
}
