package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.StateMachine;
import java.time.Instant;

/**
 * One revision of a state machine: the compiled machine and what DescribeStateMachine reports about it beyond the
 * runtime's model (the definition text as the client sent it, the role, logging and tracing as given).
 *
 * @param revisionId {@code null} for the revision CreateStateMachine made: AWS assigns revision ids from the first
 *                   UpdateStateMachine that changes something (DescribeStateMachine and DescribeStateMachineForExecution
 *                   leave the member out until then, and PublishStateMachineVersion calls it {@value #INITIAL})
 */
record Revision(StateMachine machine, String definition, String roleArn, ObjectNode loggingConfiguration,
        ObjectNode tracingConfiguration, String revisionId, Instant updateDate) {

    /** What PublishStateMachineVersion's {@code revisionId} names the revision CreateStateMachine made. */
    static final String INITIAL = "INITIAL";

    /** The id a client names this revision by in PublishStateMachineVersion. */
    String publishedId() {
        return revisionId == null ? INITIAL : revisionId;
    }

    /** Whether {@code other} has the same definition and configuration, role included: an update to no change. */
    boolean configuredAs(Revision other) {
        return sameAs(other) && roleArn.equals(other.roleArn);
    }

    /**
     * Whether {@code other} asks for the same machine: CreateStateMachine is idempotent for such a request. AWS
     * leaves the role out of the comparison (a repeat with another role succeeds and keeps the first).
     */
    boolean sameAs(Revision other) {
        return definition.equals(other.definition) && machine.type() == other.machine.type()
                && loggingConfiguration.equals(other.loggingConfiguration)
                && tracingConfiguration.equals(other.tracingConfiguration);
    }
}
