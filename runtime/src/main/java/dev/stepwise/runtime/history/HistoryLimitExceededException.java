package dev.stepwise.runtime.history;

/**
 * Thrown when an execution would record more events than AWS keeps for a Standard execution (25,000): only a final
 * {@code Execution*} event may take the last id, so the execution ends there.
 */
public final class HistoryLimitExceededException extends RuntimeException {

    private final int limit;

    public HistoryLimitExceededException(int limit) {
        super("The execution reached the maximum number of events in its history (" + limit + ").", null, false,
                false);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
