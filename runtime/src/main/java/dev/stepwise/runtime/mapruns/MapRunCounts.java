package dev.stepwise.runtime.mapruns;

/**
 * How many items (or child workflow executions) of a Map Run are in each state: DescribeMapRun's
 * {@code itemCounts} and {@code executionCounts}.
 *
 * @param pending        not started yet
 * @param total          all of the run's items (or executions), whatever their state
 * @param resultsWritten those whose results the run wrote: the succeeded ones
 */
public record MapRunCounts(long pending, long running, long succeeded, long failed, long timedOut, long aborted,
        long total, long resultsWritten) {
}
