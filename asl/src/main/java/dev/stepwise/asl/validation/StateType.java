package dev.stepwise.asl.validation;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The eight ASL state types. */
enum StateType {
    PASS("Pass"),
    TASK("Task"),
    CHOICE("Choice"),
    WAIT("Wait"),
    SUCCEED("Succeed"),
    FAIL("Fail"),
    PARALLEL("Parallel"),
    MAP("Map");

    static final String NAMES = Arrays.stream(values()).map(StateType::aslName).collect(Collectors.joining(", "));

    private final String aslName;

    StateType(String aslName) {
        this.aslName = aslName;
    }

    String aslName() {
        return aslName;
    }

    /** Choice, Succeed and Fail pick their own way out; every other type needs exactly one of Next or End. */
    boolean needsNextOrEnd() {
        return this != CHOICE && this != SUCCEED && this != FAIL;
    }

    static Optional<StateType> fromAslName(String name) {
        return Arrays.stream(values()).filter(type -> type.aslName.equals(name)).findFirst();
    }
}
