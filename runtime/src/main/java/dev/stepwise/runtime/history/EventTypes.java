package dev.stepwise.runtime.history;

/** The entered/exited event names per state type, as constants so no name is built per transition. */
public final class EventTypes {

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
