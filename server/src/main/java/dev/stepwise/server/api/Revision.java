package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.StateMachine;
import java.time.Instant;

/**
 * One revision of a state machine: the compiled machine and what DescribeStateMachine reports about it beyond the
 * runtime's model (the definition text as the client sent it, the role, logging and tracing as given).
 */
record Revision(StateMachine machine, String definition, String roleArn, ObjectNode loggingConfiguration,
        ObjectNode tracingConfiguration, String revisionId, Instant updateDate) {

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
