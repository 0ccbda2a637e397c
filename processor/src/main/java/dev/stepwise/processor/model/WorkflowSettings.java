package dev.stepwise.processor.model;

import java.util.List;

/**
 * Workflow-level settings outside the definition itself: what the Workflow class and the deployment template carry.
 *
 * @param logging null when no {@code @Logging} is declared
 * @param roleArn null when a least-privilege role is to be derived
 * @param publish null when no version is published
 */
public record WorkflowSettings(String type, int timeoutSeconds, List<Tag> tags, Logging logging, boolean tracing,
                               String roleArn, Publish publish, List<StatusRule> statusRules) {

    public WorkflowSettings {
        tags = List.copyOf(tags);
        statusRules = List.copyOf(statusRules);
    }

    /** An {@code @OnStatusChange}: these execution statuses go to the target ARN. */
    public record StatusRule(List<String> statuses, String target) {
        public StatusRule {
            statuses = List.copyOf(statuses);
        }
    }

    public record Tag(String key, String value) {
    }

    /** @param logGroupArn null for a generated log group */
    public record Logging(String level, boolean includeExecutionData, String logGroupArn) {
    }

    /**
     * @param deployment      ALL_AT_ONCE, CANARY or LINEAR
     * @param deploymentSet   whether {@code deployment} was written rather than defaulted
     * @param percentage      null when not written
     * @param intervalMinutes null when not written
     */
    public record Publish(String alias, String description, String deployment, boolean deploymentSet,
                          Integer percentage, Integer intervalMinutes, List<Route> routing) {
        public Publish {
            routing = List.copyOf(routing);
        }
    }

    /** @param versionArn null for the version the deployment publishes */
    public record Route(String versionArn, int weight) {
    }
}
