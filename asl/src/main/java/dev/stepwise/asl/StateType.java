package dev.stepwise.asl;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The eight ASL state types. */
public enum StateType {
    PASS("Pass"),
    TASK("Task"),
    CHOICE("Choice"),
    WAIT("Wait"),
    SUCCEED("Succeed"),
    FAIL("Fail"),
    PARALLEL("Parallel"),
    MAP("Map");

    public static final String NAMES = Arrays.stream(values()).map(StateType::aslName).collect(Collectors.joining(", "));

    private final String aslName;

    StateType(String aslName) {
        this.aslName = aslName;
    }

    public String aslName() {
        return aslName;
    }

    /** Choice, Succeed and Fail pick their own way out; every other type needs exactly one of Next or End. */
    public boolean needsNextOrEnd() {
        return this != CHOICE && this != SUCCEED && this != FAIL;
    }

    public static Optional<StateType> fromAslName(String name) {
        return Arrays.stream(values()).filter(type -> type.aslName.equals(name)).findFirst();
    }
}
