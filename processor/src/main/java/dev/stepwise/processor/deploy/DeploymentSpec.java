package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the deployment side needs to know about one {@code @Workflow}: a pure-data projection of the
 * processor's workflow model.
 *
 * @param qualifiedName    the workflow class's qualified name (for descriptions and messages)
 * @param stateMachineName the state machine name
 * @param type             STANDARD or EXPRESS
 * @param definition       the ASL definition: the very tree the ASL writer produced, embedded as is in templates
 *                         (copied on the way in; treat it as read-only)
 * @param tasks            every Task state's resource and arguments, in definition order
 * @param tags             resource tags in declaration order
 * @param logging          execution logging ({@link LoggingSpec#OFF} when off)
 * @param tracing          whether X-Ray tracing is on
 * @param roleArn          the execution role, or {@code null} to generate a least-privilege role
 * @param publish          the version and alias to publish, or {@code null}
 * @param placeholders     the {@code ${name}} placeholders of the task resources and arguments, in order of first
 *                         appearance; each becomes a template parameter and a definition substitution
 * @param statusRules      EventBridge rules on the executions' status changes, in declaration order
 * @param distributedMap   whether a Map state runs in Distributed mode at any depth: its items are child executions
 *                         of this state machine, which its role must be allowed to start, describe and stop
 * @param mapStorage       the S3 calls of Distributed Maps' ItemReader and ResultWriter (their resource and
 *                         Parameters), which the role makes as it makes a Task's
 */
public record DeploymentSpec(
        String qualifiedName,
        String stateMachineName,
        StateMachineType type,
        ObjectNode definition,
        List<TaskResource> tasks,
        List<ResourceTag> tags,
        LoggingSpec logging,
        boolean tracing,
        String roleArn,
        PublishSpec publish,
        List<String> placeholders,
        List<StatusChangeRule> statusRules,
        boolean distributedMap,
        List<TaskResource> mapStorage) {

    public DeploymentSpec {
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(stateMachineName, "stateMachineName");
        Objects.requireNonNull(type, "type");
        definition = Objects.requireNonNull(definition, "definition").deepCopy();
        tasks = List.copyOf(tasks);
        tags = List.copyOf(tags);
        Objects.requireNonNull(logging, "logging");
        placeholders = List.copyOf(placeholders);
        statusRules = List.copyOf(statusRules);
        mapStorage = List.copyOf(mapStorage);
    }

    public boolean generatesRole() {
        return roleArn == null;
    }

    public boolean generatesLogGroup() {
        return logging.enabled() && logging.logGroupArn() == null;
    }

    /** A builder whose placeholders default to those found in the tasks' and map storage's resources and arguments. */
    public static Builder builder(String qualifiedName, String stateMachineName, ObjectNode definition) {
        return new Builder(qualifiedName, stateMachineName, definition);
    }

    /** Builds a {@link DeploymentSpec}; every setting but the name and definition has the AWS default. */
    public static final class Builder {
        private final String qualifiedName;
        private final String stateMachineName;
        private final ObjectNode definition;
        private StateMachineType type = StateMachineType.STANDARD;
        private final List<TaskResource> tasks = new ArrayList<>();
        private final List<ResourceTag> tags = new ArrayList<>();
        private LoggingSpec logging = LoggingSpec.OFF;
        private boolean tracing;
        private boolean distributedMap;
        private String roleArn;
        private PublishSpec publish;
        private List<String> placeholders;
        private final List<StatusChangeRule> statusRules = new ArrayList<>();
        private final List<TaskResource> mapStorage = new ArrayList<>();

        private Builder(String qualifiedName, String stateMachineName, ObjectNode definition) {
            this.qualifiedName = qualifiedName;
            this.stateMachineName = stateMachineName;
            this.definition = definition;
        }

        public Builder type(StateMachineType type) {
            this.type = type;
            return this;
        }

        public Builder task(TaskResource task) {
            tasks.add(task);
            return this;
        }

        public Builder tag(String key, String value) {
            tags.add(new ResourceTag(key, value));
            return this;
        }

        public Builder logging(LoggingSpec logging) {
            this.logging = logging;
            return this;
        }

        public Builder tracing(boolean tracing) {
            this.tracing = tracing;
            return this;
        }

        public Builder roleArn(String roleArn) {
            this.roleArn = roleArn;
            return this;
        }

        public Builder publish(PublishSpec publish) {
            this.publish = publish;
            return this;
        }

        public Builder distributedMap(boolean distributedMap) {
            this.distributedMap = distributedMap;
            return this;
        }

        public Builder mapStorage(TaskResource call) {
            mapStorage.add(call);
            return this;
        }

        public Builder onStatusChange(StatusChangeRule rule) {
            statusRules.add(rule);
            return this;
        }

        /** Overrides the placeholders otherwise found in the tasks. */
        public Builder placeholders(List<String> placeholders) {
            this.placeholders = placeholders;
            return this;
        }

        public DeploymentSpec build() {
            var calls = new ArrayList<>(tasks);
            calls.addAll(mapStorage);
            List<String> names = placeholders != null ? placeholders : Placeholders.in(calls);
            return new DeploymentSpec(qualifiedName, stateMachineName, type, definition, tasks, tags, logging,
                    tracing, roleArn, publish, names, statusRules, distributedMap, mapStorage);
        }
    }
}
