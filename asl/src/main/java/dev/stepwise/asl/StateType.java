package dev.stepwise.asl;

import java.util.Optional;
import java.util.StringJoiner;

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

    /** The ASL names, comma-separated, for messages. */
    public static final String NAMES = names();

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

    // loops rather than streams: these run while a fresh JVM loads its first definition, where each stream
    // pipeline's lambdas cost more to link than the whole loop costs to run
    private static String names() {
        StringJoiner names = new StringJoiner(", ");
        for (StateType type : values()) {
            names.add(type.aslName);
        }
        return names.toString();
    }

    public static Optional<StateType> fromAslName(String name) {
        for (StateType type : values()) {
            if (type.aslName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
