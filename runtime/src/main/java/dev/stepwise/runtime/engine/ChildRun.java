package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.history.History;
import java.time.Instant;

/**
 * One run of a Map Run's child workflow execution: what ListExecutions, DescribeExecution and GetExecutionHistory
 * read of it (its status and dates, its input, how it ended, its own history). A redrive runs the child again as a
 * new {@code ChildRun} that keeps the first run's start date and counts the redrive, as AWS lists a redriven child.
 * Kept only for Distributed Maps, as long as the parent execution is remembered.
 */
final class ChildRun {

    private final JsonNode input;
    private final History history;
    private final boolean express;
    private final Instant startDate;
    private final int redriveCount;
    private final Instant redriveDate;
    private volatile ExecutionStatus status = ExecutionStatus.RUNNING;
    private volatile Instant stopDate;
    private volatile JsonNode output;
    private volatile String error;
    private volatile String cause;

    private ChildRun(JsonNode input, History history, boolean express, Instant startDate, int redriveCount,
            Instant redriveDate) {
        this.input = input;
        this.history = history;
        this.express = express;
        this.startDate = startDate;
        this.redriveCount = redriveCount;
        this.redriveDate = redriveDate;
    }

    /** @param express an Express child workflow, which has no history on AWS */
    static ChildRun first(JsonNode input, History history, boolean express, Instant now) {
        return new ChildRun(input, history, express, now, 0, null);
    }

    /** This child run again by a redrive of its Map Run, from {@code now}. */
    ChildRun redriven(JsonNode input, History history, Instant now) {
        return new ChildRun(input, history, express, startDate, redriveCount + 1, now);
    }

    void succeeded(JsonNode result) {
        this.output = result;
    }

    /** Failed, or stopped ({@code error} and {@code cause} may then be {@code null}). */
    void failed(String error, String cause) {
        this.error = error;
        this.cause = cause;
    }

    void ended(ExecutionStatus end, Instant at) {
        this.stopDate = at; // before the status, which readers check first
        this.status = end;
    }

    JsonNode input() {
        return input;
    }

    History history() {
        return history;
    }

    boolean express() {
        return express;
    }

    ExecutionStatus status() {
        return status;
    }

    Instant startDate() {
        return startDate;
    }

    /** {@code null} while it runs. */
    Instant stopDate() {
        return status.isFinished() ? stopDate : null;
    }

    int redriveCount() {
        return redriveCount;
    }

    /** {@code null} unless redriven. */
    Instant redriveDate() {
        return redriveDate;
    }

    JsonNode output() {
        return output;
    }

    String error() {
        return error;
    }

    String cause() {
        return cause;
    }
}
