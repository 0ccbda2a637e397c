package dev.stepwise.workflow;

import java.util.Map;

/**
 * What the processor generates for each {@code @Workflow}: the ASL definition, its settings, and, once bound to an
 * instance of the workflow class, the local implementation of each Task state.
 *
 * <p>This is the contract between generated code and the local runtime; it has no dependencies so that workflow
 * classes do not pull the runtime into production code.
 */
public interface WorkflowSpec {

    /** The state machine name. */
    String name();

    /** The Amazon States Language definition, exactly as written to {@code META-INF/stepwise/<name>.asl.json}. */
    String definition();

    WorkflowMetadata metadata();

    /** Task state name to its local implementation; empty when not bound to an instance. */
    Map<String, TaskMethod> tasks();
}
