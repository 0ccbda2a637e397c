package dev.stepwise.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every generated {@code <Name>Workflow} shares: it holds the name, definition and metadata, and turns the
 * generated {@link #invoke} into one {@link TaskMethod} per Task state. The generated class keeps only what is its
 * own: its constants, its records and one {@code switch} from Task state to method, which is less code for javac to
 * compile per workflow than a lambda per Task and four accessors.
 */
public abstract class GeneratedWorkflow implements WorkflowSpec {

    private final String name;
    private final String definition;
    private final WorkflowMetadata metadata;
    private final Map<String, TaskMethod> tasks;

    /**
     * @param taskNames the Task states {@link #invoke} implements; none for a spec that is not bound to an instance
     */
    protected GeneratedWorkflow(String name, String definition, WorkflowMetadata metadata, String... taskNames) {
        this.name = name;
        this.definition = definition;
        this.metadata = metadata;
        Map<String, TaskMethod> bound = new LinkedHashMap<>();
        for (String task : taskNames) {
            bound.put(task, input -> invoke(task, input));
        }
        this.tasks = Collections.unmodifiableMap(bound);
    }

    /**
     * Runs Task state {@code task} on {@code input} (JSON text) and returns its result as JSON text.
     *
     * @throws IllegalArgumentException for a name the generated class does not bind
     */
    protected String invoke(String task, String input) throws Exception {
        throw new IllegalArgumentException(name + " binds no Task state named '" + task + "'");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String definition() {
        return definition;
    }

    @Override
    public final WorkflowMetadata metadata() {
        return metadata;
    }

    @Override
    public final Map<String, TaskMethod> tasks() {
        return tasks;
    }

    /**
     * This workflow, with its name, metadata and bound Task methods, as another definition gives it: the release
     * deployed before this build, typically, so that a canary test deploys that first and this build after it
     * ({@code runtime.deploy(bind(impl).withDefinition(previous))}, then {@code runtime.deploy(bind(impl))}), each
     * version running the methods of the states its definition has.
     */
    public final WorkflowSpec withDefinition(String otherDefinition) {
        return new Release(name, otherDefinition, metadata, tasks);
    }

    /** A generated workflow under another definition. */
    private record Release(String name, String definition, WorkflowMetadata metadata, Map<String, TaskMethod> tasks)
            implements WorkflowSpec {
    }
}
