package dev.stepwise.runtime;

import dev.stepwise.asl.StateMachineType;

import dev.stepwise.runtime.logging.LogLevel;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import dev.stepwise.workflow.WorkflowMetadata;
import java.util.Objects;

/**
 * What CreateStateMachine takes besides the definition: the type, the logging configuration and the role.
 *
 * @param roleArn the role executions run as (their ExecutionStarted event and {@code $$.Execution.RoleArn}), or
 *                {@code null} for the runtime's own
 */
public record StateMachineSettings(StateMachineType type, LoggingConfiguration logging, String roleArn) {

    public static final StateMachineSettings STANDARD = new StateMachineSettings(StateMachineType.STANDARD,
            LoggingConfiguration.OFF, null);

    public StateMachineSettings {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(logging, "logging");
    }

    public static StateMachineSettings of(StateMachineType type, LoggingConfiguration logging) {
        return new StateMachineSettings(type, logging, null);
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
        return new StateMachineSettings(type, logging, null);
    }

    public StateMachineSettings withLogging(LoggingConfiguration newLogging) {
        return new StateMachineSettings(type, newLogging, roleArn);
    }

    public StateMachineSettings withRoleArn(String newRoleArn) {
        return new StateMachineSettings(type, logging, newRoleArn);
    }
}
