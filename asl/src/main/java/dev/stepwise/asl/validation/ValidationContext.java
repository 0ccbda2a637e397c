package dev.stepwise.asl.validation;

import dev.stepwise.asl.StateMachineType;
import java.util.HashMap;
import java.util.Map;

/** What the whole walk shares: the problems found, the machine type, and every state name seen so far. */
final class ValidationContext {

    /** AWS's limit on state names. */
    private static final int MAX_STATE_NAME_LENGTH = 80;

    private final Problems problems = new Problems();
    private final StateMachineType machineType;
    private final Map<String, JsonPointer> stateNames = new HashMap<>();

    ValidationContext(StateMachineType machineType) {
        this.machineType = machineType;
    }

    Problems problems() {
        return problems;
    }

    StateMachineType machineType() {
        return machineType;
    }

    /** State names must be unique across the whole machine, branches and item processors included. */
    void registerStateName(String name, JsonPointer at) {
        if (name.length() > MAX_STATE_NAME_LENGTH) {
            problems.add(at, ProblemCodes.INVALID_STATE_NAME, "State name '" + name + "' is " + name.length()
                    + " characters long; state names may have at most " + MAX_STATE_NAME_LENGTH + " characters");
        }
        JsonPointer first = stateNames.putIfAbsent(name, at);
        if (first != null) {
            problems.add(at, ProblemCodes.DUPLICATE_STATE_NAME, "Duplicate State name: " + name
                    + " (first defined at " + first + "); state names must be unique in the whole state machine");
        }
    }
}
