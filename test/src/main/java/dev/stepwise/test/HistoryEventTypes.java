package dev.stepwise.test;

import java.util.Set;
import java.util.TreeSet;

/**
 * The history event types of AWS's API (HistoryEventType): an assertion that counts or looks for events of a type
 * checks the type is one, since a misspelt type is never recorded and an assertion that none was could not fail.
 */
final class HistoryEventTypes {

    static final Set<String> ALL = Set.of("ActivityFailed", "ActivityScheduled", "ActivityScheduleFailed",
            "ActivityStarted", "ActivitySucceeded", "ActivityTimedOut", "ChoiceStateEntered", "ChoiceStateExited",
            "ExecutionAborted", "ExecutionFailed", "ExecutionStarted", "ExecutionSucceeded", "ExecutionTimedOut",
            "FailStateEntered", "LambdaFunctionFailed", "LambdaFunctionScheduled", "LambdaFunctionScheduleFailed",
            "LambdaFunctionStarted", "LambdaFunctionStartFailed", "LambdaFunctionSucceeded", "LambdaFunctionTimedOut",
            "MapIterationAborted", "MapIterationFailed", "MapIterationStarted", "MapIterationSucceeded",
            "MapStateAborted", "MapStateEntered", "MapStateExited", "MapStateFailed", "MapStateStarted",
            "MapStateSucceeded", "ParallelStateAborted", "ParallelStateEntered", "ParallelStateExited",
            "ParallelStateFailed", "ParallelStateStarted", "ParallelStateSucceeded", "PassStateEntered",
            "PassStateExited", "SucceedStateEntered", "SucceedStateExited", "TaskFailed", "TaskScheduled",
            "TaskStarted", "TaskStartFailed", "TaskStateAborted", "TaskStateEntered", "TaskStateExited",
            "TaskSubmitFailed", "TaskSubmitted", "TaskSucceeded", "TaskTimedOut", "WaitStateAborted",
            "WaitStateEntered", "WaitStateExited", "MapRunAborted", "MapRunFailed", "MapRunStarted", "MapRunSucceeded",
            "ExecutionRedriven", "MapRunRedriven", "EvaluationFailed");

    private HistoryEventTypes() {
    }

    /** The types among {@code types} that AWS never records. */
    static Set<String> unknown(String... types) {
        Set<String> unknown = new TreeSet<>();
        for (String type : types) {
            if (!ALL.contains(type)) {
                unknown.add(type);
            }
        }
        return unknown;
    }
}
