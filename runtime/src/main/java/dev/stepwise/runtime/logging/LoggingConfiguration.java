package dev.stepwise.runtime.logging;

import java.util.Objects;

/**
 * A state machine's LoggingConfiguration: its level, and whether records carry inputs and outputs.
 */
public record LoggingConfiguration(LogLevel level, boolean includeExecutionData) {

    public static final LoggingConfiguration OFF = new LoggingConfiguration(LogLevel.OFF, false);

    public LoggingConfiguration {
        Objects.requireNonNull(level, "level");
    }

    public static LoggingConfiguration of(LogLevel level, boolean includeExecutionData) {
        return new LoggingConfiguration(level, includeExecutionData);
    }

    public boolean isOff() {
        return level == LogLevel.OFF;
    }
}
