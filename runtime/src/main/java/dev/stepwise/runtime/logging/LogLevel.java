package dev.stepwise.runtime.logging;

import java.util.Locale;

/** A state machine's log level: which history events it logs. */
public enum LogLevel {
    /** Every event. */
    ALL,
    /** Every failure, time-out and abort of any kind, and FailStateEntered (FATAL's events included). */
    ERROR,
    /** Only the events that end an execution badly: ExecutionFailed, ExecutionTimedOut, ExecutionAborted. */
    FATAL,
    /** Nothing. */
    OFF;

    /** Whether this level logs an event of {@code type}. */
    public boolean logs(String type) {
        return switch (this) {
            case ALL -> true;
            case ERROR -> isError(type);
            case FATAL -> isFatal(type);
            case OFF -> false;
        };
    }

    private static boolean isFatal(String type) {
        return type.equals("ExecutionFailed") || type.equals("ExecutionTimedOut") || type.equals("ExecutionAborted");
    }

    private static boolean isError(String type) {
        // *StartFailed, *ScheduleFailed and *SubmitFailed all end with "Failed".
        return type.endsWith("Failed") || type.endsWith("TimedOut") || type.endsWith("Aborted")
                || type.equals("FailStateEntered");
    }

    /**
     * The level named {@code name}, case-insensitively.
     *
     * @throws IllegalArgumentException naming the valid levels
     */
    public static LogLevel parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown log level '" + name + "': use ALL, ERROR, FATAL or OFF");
        }
    }
}
