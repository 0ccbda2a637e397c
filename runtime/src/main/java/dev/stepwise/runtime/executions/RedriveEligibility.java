package dev.stepwise.runtime.executions;

import dev.stepwise.asl.StateMachineType;
import dev.stepwise.runtime.ExecutionStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * When AWS refuses RedriveExecution, in the words of DescribeExecution's {@code redriveStatusReason} (API reference,
 * RedriveExecution and DescribeExecution): not while running or after success, not for Express, not past the event
 * limit, not 14 days after the execution stopped, not a year after it started. AWS's reasons end without a full stop
 * ("Execution is SUCCEEDED and cannot be redriven", recorded in LocalStack's AWS-validated test_sfn_api and
 * test_sfn_api_aliasing snapshots; the API reference lists the others the same way).
 */
public final class RedriveEligibility {

    /** The redrivable period, counted from the stop of the latest attempt. */
    static final Duration REDRIVABLE_PERIOD = Duration.ofDays(14);
    /** A Standard execution's maximum open time, which a redrive does not extend. */
    static final Duration MAX_OPEN_TIME = Duration.ofSeconds(StateMachineType.STANDARD_MAX_SECONDS);

    private RedriveEligibility() {
    }

    /**
     * @param express whether the execution is an Express one
     * @param historyFull whether the history has reached the Standard event limit
     * @return AWS's reason, or {@code null} when the redrive is allowed
     */
    public static String refusal(ExecutionStatus status, boolean express, boolean historyFull, Instant startDate,
            Instant stopDate, Instant now) {
        String byStatus = statusRefusal(status);
        if (byStatus != null) {
            return byStatus;
        }
        if (express) {
            return "Express executions cannot be redriven.";
        }
        if (historyFull) {
            return "Execution history event limit exceeded";
        }
        if (!now.isBefore(startDate.plus(MAX_OPEN_TIME))) {
            return "Execution has exceeded the max execution time";
        }
        if (stopDate != null && !now.isBefore(stopDate.plus(REDRIVABLE_PERIOD))) {
            return "Execution redrivable period exceeded";
        }
        return null;
    }

    /** The refusal of an execution that is running or succeeded, or {@code null} for one that ended otherwise. */
    public static String statusRefusal(ExecutionStatus status) {
        return status == ExecutionStatus.RUNNING || status == ExecutionStatus.SUCCEEDED
                ? "Execution is " + status + " and cannot be redriven" : null;
    }
}
