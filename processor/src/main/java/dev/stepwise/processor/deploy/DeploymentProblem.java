package dev.stepwise.processor.deploy;

import java.util.Objects;

/**
 * A deployment setting AWS would reject. The processor reports it as a compile error on the annotation its
 * {@link Kind#subject()} names.
 *
 * @param index which of the subject's items is wrong (the n-th tag, routing weight or task), or -1 for the subject
 *              as a whole
 */
public record DeploymentProblem(Kind kind, String message, int index) {

    public DeploymentProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public DeploymentProblem(Kind kind, String message) {
        this(kind, message, -1);
    }

    /** The workflow setting a problem is about. */
    public enum Subject { STATE_MACHINE_NAME, TAGS, LOGGING, EXECUTION_ROLE, PUBLISH, PLACEHOLDERS, STATUS_RULES }

    public enum Kind {
        STATE_MACHINE_NAME(Subject.STATE_MACHINE_NAME),
        TOO_MANY_TAGS(Subject.TAGS),
        TAG_KEY_LENGTH(Subject.TAGS),
        TAG_KEY_RESERVED(Subject.TAGS),
        TAG_VALUE_LENGTH(Subject.TAGS),
        TAG_CHARACTERS(Subject.TAGS),
        DUPLICATE_TAG_KEY(Subject.TAGS),
        LOG_GROUP_ARN(Subject.LOGGING),
        ROLE_ARN(Subject.EXECUTION_ROLE),
        ALIAS_NAME(Subject.PUBLISH),
        ALIAS_DESCRIPTION(Subject.PUBLISH),
        /** A CANARY or LINEAR deployment without a percentage from 1 to 99. */
        DEPLOYMENT_PERCENTAGE(Subject.PUBLISH),
        /** A CANARY or LINEAR deployment without an interval from 1 to 2100 minutes. */
        DEPLOYMENT_INTERVAL(Subject.PUBLISH),
        /** A percentage or interval on an ALL_AT_ONCE deployment, which has no increments. */
        ALL_AT_ONCE_INCREMENTS(Subject.PUBLISH),
        /** A gradual deployment and fixed routing weights together. */
        GRADUAL_WITH_ROUTING(Subject.PUBLISH),
        ROUTING_WEIGHT_RANGE(Subject.PUBLISH),
        ROUTING_WEIGHTS_SUM(Subject.PUBLISH),
        /** More than two versions, one version twice, or a version that is not a version ARN. */
        ROUTING_VERSIONS(Subject.PUBLISH),
        PLACEHOLDER_NAME(Subject.PLACEHOLDERS),
        /** An {@code @OnStatusChange} target that is not the ARN of a topic, queue, function, state machine or bus. */
        STATUS_TARGET(Subject.STATUS_RULES),
        /** An {@code @OnStatusChange} without statuses. */
        STATUS_NONE(Subject.STATUS_RULES),
        /** An {@code @OnStatusChange} on an Express workflow, whose executions EventBridge hears nothing of. */
        STATUS_EXPRESS(Subject.STATUS_RULES);

        private final Subject subject;

        Kind(Subject subject) {
            this.subject = subject;
        }

        public Subject subject() {
            return subject;
        }
    }
}
