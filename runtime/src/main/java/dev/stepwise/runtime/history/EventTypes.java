package dev.stepwise.runtime.history;

import java.util.Set;

/**
 * The history event types of AWS's API, and the entered/exited event names per state type, as constants so no name
 * is built per transition.
 */
public final class EventTypes {

    /** Every type AWS's API defines (HistoryEventType), for checks that a type named by a user is one. */
    public static final Set<String> ALL = Set.of("ActivityFailed", "ActivityScheduled", "ActivityScheduleFailed",
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

    private EventTypes() {
    }

    public static String entered(String stateType) {
        return switch (stateType) {
            case "Pass" -> "PassStateEntered";
            case "Task" -> "TaskStateEntered";
            case "Choice" -> "ChoiceStateEntered";
            case "Wait" -> "WaitStateEntered";
            case "Succeed" -> "SucceedStateEntered";
            case "Fail" -> "FailStateEntered";
            case "Parallel" -> "ParallelStateEntered";
            case "Map" -> "MapStateEntered";
            default -> throw new IllegalArgumentException("unknown state type " + stateType);
        };
    }

    public static String exited(String stateType) {
        return switch (stateType) {
            case "Pass" -> "PassStateExited";
            case "Task" -> "TaskStateExited";
            case "Choice" -> "ChoiceStateExited";
            case "Wait" -> "WaitStateExited";
            case "Succeed" -> "SucceedStateExited";
            case "Parallel" -> "ParallelStateExited";
            case "Map" -> "MapStateExited";
            default -> throw new IllegalArgumentException("a " + stateType + " state does not exit");
        };
    }
}
