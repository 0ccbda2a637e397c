package dev.stepwise.processor.deploy;

import java.util.Objects;

/**
 * Execution logging to CloudWatch Logs.
 *
 * @param level                the log level; {@link Level#OFF} turns logging off
 * @param includeExecutionData whether log records carry state inputs and outputs
 * @param logGroupArn          the destination log group ({@code arn:...:log-group:<name>:*}), or {@code null} to have
 *                             the template create one
 */
public record LoggingSpec(Level level, boolean includeExecutionData, String logGroupArn) {

    /** Step Functions' log levels, with CloudFormation's spelling. */
    public enum Level { ALL, ERROR, FATAL, OFF }

    public static final LoggingSpec OFF = new LoggingSpec(Level.OFF, false, null);

    public LoggingSpec {
        Objects.requireNonNull(level, "level");
    }

    public boolean enabled() {
        return level != Level.OFF;
    }
}
