package dev.stepwise.processor.deploy;

import java.util.Objects;

/**
 * A deployment setting AWS would reject. The processor reports it as a compile error on the annotation its
 * {@link Kind#subject()} names.
 */
public record DeploymentProblem(Kind kind, String message) {

    public DeploymentProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The workflow setting a problem is about. */
    public enum Subject { STATE_MACHINE_NAME, TAGS, LOGGING, EXECUTION_ROLE, PUBLISH, PLACEHOLDERS }

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
        DEPLOYMENT_PREFERENCE(Subject.PUBLISH),
        ROUTING_WEIGHTS(Subject.PUBLISH),
        PLACEHOLDER_NAME(Subject.PLACEHOLDERS);

        private final Subject subject;

        Kind(Subject subject) {
            this.subject = subject;
        }

        public Subject subject() {
            return subject;
        }
    }
}
