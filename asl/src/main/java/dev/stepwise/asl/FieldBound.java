package dev.stepwise.asl;

/**
 * The numeric fields of ASL and the values AWS accepts in each: one table for the validator (fields written in the
 * definition), the compiler's guards for unvalidated definitions, the engine's largest wait, and, through the
 * validator, the processor.
 */
public enum FieldBound {
    /** The machine's {@code TimeoutSeconds}; 0 is accepted and means no limit beyond the service's. */
    EXECUTION_TIMEOUT_SECONDS("TimeoutSeconds", true, 0, AslLimits.MAX_SECONDS),
    TASK_TIMEOUT_SECONDS("TimeoutSeconds", true, 1, AslLimits.MAX_SECONDS),
    HEARTBEAT_SECONDS("HeartbeatSeconds", true, 1, AslLimits.MAX_SECONDS),
    WAIT_SECONDS("Seconds", true, 0, AslLimits.MAX_SECONDS),
    /** AWS's ASL schema takes 0 (retry at once), although its guide calls the interval positive. */
    RETRY_INTERVAL_SECONDS("IntervalSeconds", true, 0, AslLimits.MAX_SECONDS),
    RETRY_MAX_ATTEMPTS("MaxAttempts", true, 0, AslLimits.MAX_SECONDS),
    RETRY_BACKOFF_RATE("BackoffRate", false, 1.0, Double.MAX_VALUE),
    /** AWS caps MaxDelaySeconds just above one year. */
    RETRY_MAX_DELAY_SECONDS("MaxDelaySeconds", true, 1, 31_622_400),
    MAP_MAX_CONCURRENCY("MaxConcurrency", true, 0, Long.MAX_VALUE),
    MAP_TOLERATED_FAILURE_COUNT("ToleratedFailureCount", true, 0, Long.MAX_VALUE),
    MAP_TOLERATED_FAILURE_PERCENTAGE("ToleratedFailurePercentage", false, 0, 100),
    /** A Distributed Map's {@code ItemReader.ReaderConfig.MaxItems}: 0 reads every item, and AWS reads 100,000,000 at most. */
    ITEM_READER_MAX_ITEMS("MaxItems", true, 0, 100_000_000);

    private final String field;
    private final boolean integral;
    private final double min;
    private final double max;

    FieldBound(String field, boolean integral, double min, double max) {
        this.field = field;
        this.integral = integral;
        this.min = min;
        this.max = max;
    }

    /** The ASL field name. */
    public String field() {
        return field;
    }

    /** Whether only whole numbers are accepted. */
    public boolean integral() {
        return integral;
    }

    public long minLong() {
        return (long) min;
    }

    /** The largest whole value; {@link Long#MAX_VALUE} when the field has no upper bound. */
    public long maxLong() {
        return max >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) max;
    }

    public double min() {
        return min;
    }

    /** The largest value; {@link Double#MAX_VALUE} when the field has no upper bound. */
    public double max() {
        return max;
    }

    public boolean accepts(double value) {
        return value >= min && value <= max && (!integral || value == Math.rint(value));
    }
}
