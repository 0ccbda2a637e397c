package dev.stepwise.asl.error;

import java.util.Set;

/** The predefined {@code States.*} error names. */
public final class StatesErrors {
    public static final String ALL = "States.ALL";
    public static final String TIMEOUT = "States.Timeout";
    public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
    public static final String TASK_FAILED = "States.TaskFailed";
    public static final String PERMISSIONS = "States.Permissions";
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
    public static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
    public static final String BRANCH_FAILED = "States.BranchFailed";
    public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
    public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
    public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD = "States.ExceedToleratedFailureThreshold";
    public static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
    public static final String RESULT_WRITER_FAILED = "States.ResultWriterFailed";
    public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";
    public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
    public static final String RUNTIME = "States.Runtime";

    /** The prefix Step Functions reserves for its own errors. */
    public static final String RESERVED_PREFIX = "States.";

    /** Every predefined name, for Retry and Catch matching and for checking names a user writes. */
    public static final Set<String> PREDEFINED = Set.of(ALL, TIMEOUT, HEARTBEAT_TIMEOUT, TASK_FAILED, PERMISSIONS,
            RESULT_PATH_MATCH_FAILURE, PARAMETER_PATH_FAILURE, BRANCH_FAILED, NO_CHOICE_MATCHED, INTRINSIC_FAILURE,
            EXCEED_TOLERATED_FAILURE_THRESHOLD, ITEM_READER_FAILED, RESULT_WRITER_FAILED, QUERY_EVALUATION_ERROR,
            DATA_LIMIT_EXCEEDED, RUNTIME);

    private StatesErrors() {
    }

    /**
     * A Task that missed its HeartbeatSeconds. AWS names the error {@code States.Timeout} wherever it shows
     * (TaskTimedOut, ActivityTimedOut, ExecutionFailed: recorded in timeouts__test_heartbeat_timeout and
     * test_heartbeat_path_timeout), and documents {@code States.HeartbeatTimeout} as a name only Retry and Catch
     * use, to tell a missed heartbeat from a Task that ran past TimeoutSeconds.
     */
    public static StatesError heartbeatTimeout() {
        return new StatesError(TIMEOUT, null, true);
    }

    public static StatesError runtime(String cause) {
        return new StatesError(RUNTIME, cause);
    }
}
