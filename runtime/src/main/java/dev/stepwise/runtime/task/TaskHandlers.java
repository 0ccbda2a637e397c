package dev.stepwise.runtime.task;

import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;
import dev.stepwise.runtime.definition.TaskResource;
import java.util.Map;

/**
 * The handlers a runtime knows: the mocked states of an execution's test case (checked first: a mocked state never
 * calls anything else, as on Step Functions Local), by state name (the most specific binding), by resource ARN, and
 * the defaults by state name that an execution brings (a {@code WorkflowSpec}'s bound methods), and last a fallback
 * for whatever else (e.g. a local Lambda emulator). Immutable.
 *
 * <p>A resource handler registered on the exact ARN a Task names wins; one registered on the region-less form of
 * an integration ({@code arn:aws:states:::lambda:invoke}) also serves the regional forms of that integration
 * ({@code arn:aws:states:us-east-1:123456789012:lambda:invoke}): they call the same API, and a test mocks an
 * integration once, whatever region a definition names.
 */
public final class TaskHandlers {

    private final Map<String, TaskHandler> byResource;
    private final Map<String, TaskHandler> byState;
    private final Map<String, TaskHandler> defaultsByState;
    private final Map<String, TaskHandler> mocks;
    /** Serves every Task nothing above covers (e.g. a local Lambda emulator), or {@code null}. */
    private final TaskHandler fallback;

    public TaskHandlers(Map<String, TaskHandler> byResource, Map<String, TaskHandler> byState) {
        this(byResource, byState, Map.of(), Map.of(), null);
    }

    /** @param fallback the handler of every Task no other handler covers, or {@code null} */
    public TaskHandlers(Map<String, TaskHandler> byResource, Map<String, TaskHandler> byState,
            TaskHandler fallback) {
        this(byResource, byState, Map.of(), Map.of(), fallback);
    }

    private TaskHandlers(Map<String, TaskHandler> byResource, Map<String, TaskHandler> byState,
            Map<String, TaskHandler> defaultsByState, Map<String, TaskHandler> mocks, TaskHandler fallback) {
        this.byResource = Map.copyOf(byResource);
        this.byState = Map.copyOf(byState);
        this.defaultsByState = Map.copyOf(defaultsByState);
        this.mocks = Map.copyOf(mocks);
        this.fallback = fallback;
    }

    /** These handlers with the mocked states of one execution's test case, which win over every other binding. */
    public TaskHandlers withMocks(Map<String, TaskHandler> mockedStates) {
        if (mockedStates.isEmpty()) {
            return this;
        }
        var merged = new java.util.HashMap<>(mocks);
        merged.putAll(mockedStates);
        return new TaskHandlers(byResource, byState, defaultsByState, merged, fallback);
    }

    /** Whether the state is answered by a test case's mock rather than by a handler. */
    public boolean isMocked(String stateName) {
        return mocks.containsKey(stateName);
    }

    /** These handlers plus {@code stateHandlers}, which win over existing bindings of the same state. */
    public TaskHandlers withStates(Map<String, TaskHandler> stateHandlers) {
        if (stateHandlers.isEmpty()) {
            return this;
        }
        var merged = new java.util.HashMap<>(byState);
        merged.putAll(stateHandlers);
        return new TaskHandlers(byResource, merged, defaultsByState, mocks, fallback);
    }

    /**
     * These handlers plus {@code stateDefaults}, used only for states that no state or resource handler covers: a
     * mock registered on the runtime replaces a workflow's local method, as a test that registers it expects.
     */
    public TaskHandlers withDefaults(Map<String, TaskHandler> stateDefaults) {
        if (stateDefaults.isEmpty()) {
            return this;
        }
        var merged = new java.util.HashMap<>(defaultsByState);
        merged.putAll(stateDefaults);
        return new TaskHandlers(byResource, byState, merged, mocks, fallback);
    }

    /**
     * The handler for a Task state.
     *
     * @throws StatesError {@code States.TaskFailed} naming the resource and how to register a handler for it
     */
    public TaskHandler find(String stateName, String resource) {
        TaskHandler handler = lookup(stateName, resource);
        if (handler == null) {
            throw noHandler(stateName, resource);
        }
        return handler;
    }

    /** The handler for a Task state (a test case's mock first), or {@code null} when none is registered. */
    public TaskHandler lookup(String stateName, String resource) {
        TaskHandler mock = mocks.isEmpty() ? null : mocks.get(stateName);
        return mock != null ? mock : lookupUnmocked(stateName, resource);
    }

    /**
     * Whether the Task's answer comes from its handler (a mock first): not for an activity or callback Task no
     * handler covers (it waits for a worker or a token), nor for one whose handler only makes the service call
     * ({@link TaskHandler#submitting}).
     */
    public boolean answersItself(String stateName, String resource) {
        TaskHandler handler = lookup(stateName, resource);
        return handler != null && !(handler instanceof SubmittingHandler);
    }

    /**
     * The handler for a state's call ignoring mocks: what a Distributed Map's ResultWriter writes through, since a
     * test case that mocks the Map state mocks its ItemReader, not the writing of its results.
     *
     * @throws StatesError {@code States.TaskFailed} naming the resource and how to register a handler for it
     */
    public TaskHandler findUnmocked(String stateName, String resource) {
        TaskHandler handler = lookupUnmocked(stateName, resource);
        if (handler == null) {
            throw noHandler(stateName, resource);
        }
        return handler;
    }

    private TaskHandler lookupUnmocked(String stateName, String resource) {
        TaskHandler handler = byState.get(stateName);
        if (handler == null) {
            handler = byResource.get(resource);
        }
        if (handler == null) {
            handler = byResource.get(TaskResource.regionless(resource));
        }
        if (handler == null) {
            handler = defaultsByState.get(stateName);
        }
        return handler != null ? handler : fallbackFor(resource);
    }

    /**
     * The fallback for a Task nothing else covers: not for an activity (it waits for a worker), and on a callback
     * Task only as its service call (the answer comes with the token).
     */
    private TaskHandler fallbackFor(String resource) {
        if (fallback == null || TaskResource.parse(resource).kind() == TaskResource.Kind.ACTIVITY) {
            return null;
        }
        return resource.endsWith(".waitForTaskToken") ? TaskHandler.submitting(fallback) : fallback;
    }

    private static StatesError noHandler(String stateName, String resource) {
        return new StatesError(StatesErrors.TASK_FAILED, "No local handler for resource '" + resource
                + "' (state '" + stateName + "'). Register one with LocalRuntime.builder().handler(\""
                + resource + "\", handler) or .stateHandler(\"" + stateName + "\", handler), or answer the state"
                + " from a Step Functions Local mock file (LocalRuntime.builder().mockConfig(...); on the command"
                + " line, stepwise run --mock-config FILE --test-case NAME).");
    }
}
