package dev.stepwise.runtime;

import dev.stepwise.asl.StateMachineType;

import dev.stepwise.runtime.logging.LogLevel;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import dev.stepwise.workflow.WorkflowMetadata;
import java.util.Objects;

/** What CreateStateMachine takes besides the definition: the type and the logging configuration. */
public record StateMachineSettings(StateMachineType type, LoggingConfiguration logging) {

    public static final StateMachineSettings STANDARD = new StateMachineSettings(StateMachineType.STANDARD,
            LoggingConfiguration.OFF);

    public StateMachineSettings {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(logging, "logging");
    }

    public static StateMachineSettings of(StateMachineType type, LoggingConfiguration logging) {
        return new StateMachineSettings(type, logging);
    }

    /** The settings a generated workflow declared with {@code @Workflow(type)} and {@code @Logging}. */
    public static StateMachineSettings of(WorkflowMetadata metadata) {
        if (metadata == null) {
            return STANDARD;
        }
        StateMachineType type = metadata.type() == null ? StateMachineType.STANDARD
                : StateMachineType.parse(metadata.type());
        LoggingConfiguration logging = metadata.logLevel() == null ? LoggingConfiguration.OFF
                : LoggingConfiguration.of(LogLevel.parse(metadata.logLevel()), metadata.includeExecutionData());
        return new StateMachineSettings(type, logging);
    }

    public StateMachineSettings withLogging(LoggingConfiguration newLogging) {
        return new StateMachineSettings(type, newLogging);
    }
}
