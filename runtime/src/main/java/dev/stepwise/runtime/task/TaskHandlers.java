package dev.stepwise.runtime.task;

import dev.stepwise.runtime.error.StatesError;
import dev.stepwise.runtime.error.StatesErrors;
import java.util.Map;

/**
 * The handlers a runtime knows: by state name (checked first: the most specific binding) and by resource ARN.
 * Immutable; an execution may add its own state bindings on top (a {@code WorkflowSpec}'s methods).
 */
public final class TaskHandlers {

    private final Map<String, TaskHandler> byResource;
    private final Map<String, TaskHandler> byState;

    public TaskHandlers(Map<String, TaskHandler> byResource, Map<String, TaskHandler> byState) {
        this.byResource = Map.copyOf(byResource);
        this.byState = Map.copyOf(byState);
    }

    /** These handlers plus {@code stateHandlers}, which win over existing bindings of the same state. */
    public TaskHandlers withStates(Map<String, TaskHandler> stateHandlers) {
        if (stateHandlers.isEmpty()) {
            return this;
        }
        var merged = new java.util.HashMap<>(byState);
        merged.putAll(stateHandlers);
        return new TaskHandlers(byResource, merged);
    }

    /**
     * The handler for a Task state.
     *
     * @throws StatesError {@code States.Runtime} naming the resource and how to register a handler for it
     */
    public TaskHandler find(String stateName, String resource) {
        TaskHandler handler = byState.get(stateName);
        if (handler == null) {
            handler = byResource.get(resource);
        }
        if (handler == null) {
            throw new StatesError(StatesErrors.TASK_FAILED, "No local handler for resource '" + resource
                    + "' (state '" + stateName + "'). Register one with LocalRuntime.builder().handler(\""
                    + resource + "\", handler) or .stateHandler(\"" + stateName + "\", handler).");
        }
        return handler;
    }
}
