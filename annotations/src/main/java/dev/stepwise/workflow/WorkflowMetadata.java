package dev.stepwise.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Workflow-level settings carried by a generated {@code <Name>Workflow} class, as the annotations declared them.
 *
 * @param type            {@code STANDARD} or {@code EXPRESS}
 * @param timeoutSeconds  execution timeout, or {@code 0} when none is set
 * @param tags            resource tags in declaration order
 * @param logLevel        {@code ALL}, {@code ERROR}, {@code FATAL} or {@code OFF}
 * @param includeExecutionData whether log records carry inputs and outputs
 * @param logGroupArn     the CloudWatch Logs group, or {@code null} for a generated one
 * @param tracing         whether X-Ray tracing is enabled
 * @param roleArn         the execution role, or {@code null} when a least-privilege role is generated
 * @param publish         the version and alias to publish, or {@code null}
 * @param statusRules     the {@code @OnStatusChange} rules: which execution statuses go to which target
 */
public record WorkflowMetadata(
        String type,
        int timeoutSeconds,
        Map<String, String> tags,
        String logLevel,
        boolean includeExecutionData,
        String logGroupArn,
        boolean tracing,
        String roleArn,
        Publication publish,
        List<StatusRule> statusRules) {

    /** A STANDARD workflow with no timeout, tags, logging, tracing, given role or publication. */
    public static final WorkflowMetadata DEFAULTS =
            new WorkflowMetadata("STANDARD", 0, Map.of(), "OFF", false, null, false, null, null);

    public WorkflowMetadata {
        // a copy that keeps the declaration order (Map.copyOf would not)
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        statusRules = List.copyOf(statusRules);
    }

    /** Metadata without status rules. */
    public WorkflowMetadata(String type, int timeoutSeconds, Map<String, String> tags, String logLevel,
                            boolean includeExecutionData, String logGroupArn, boolean tracing, String roleArn,
                            Publication publish) {
        this(type, timeoutSeconds, tags, logLevel, includeExecutionData, logGroupArn, tracing, roleArn, publish,
                List.of());
    }

    /**
     * An {@code @OnStatusChange}: the execution status change events with one of these statuses go to the target.
     *
     * @param statuses execution statuses as EventBridge names them ({@code FAILED}, {@code TIMED_OUT}, ...)
     * @param target   the ARN of the topic, queue, function, state machine or bus they go to
     */
    public record StatusRule(List<String> statuses, String target) {
        public StatusRule {
            statuses = List.copyOf(statuses);
        }
    }

    /**
     * A version to publish and the alias that routes to it.
     *
     * @param deployment      {@code ALL_AT_ONCE}, {@code CANARY} or {@code LINEAR}
     * @param percentage      the share per increment of a gradual deployment, else 0
     * @param intervalMinutes minutes between increments of a gradual deployment, else 0
     * @param routing         fixed routing weights; empty when the alias follows the new version
     */
    public record Publication(String alias, String description, String deployment, int percentage,
                              int intervalMinutes, List<Route> routing) {
        public Publication {
            routing = List.copyOf(routing);
        }
    }

    /** @param versionArn an existing version, or {@code null} for the version the deployment publishes */
    public record Route(String versionArn, int weight) {
    }
}
