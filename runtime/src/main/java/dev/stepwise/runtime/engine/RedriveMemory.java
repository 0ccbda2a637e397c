package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * What a redrive needs from the runs before it, kept across the runs of one execution: where each flow stopped
 * (the machine, a Parallel branch, a Map iteration, keyed by its position) and the results of the branches and
 * iterations that succeeded.
 *
 * <p>A redrive turns the last run's records into its starting points; each is used once, so a Retry inside the
 * redriven run starts its children afresh, as a Retry always does.
 */
public final class RedriveMemory {

    /** Where a flow stopped: the state that did not finish, the input it had and the flow's variables then. */
    record StopPoint(String state, JsonNode input, VariableScope variables) {
    }

    private final Map<String, StopPoint> stopped = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> succeeded = new ConcurrentHashMap<>();
    private final Map<String, StopPoint> resumeAt = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> reuse = new ConcurrentHashMap<>();

    /** Called when a redrive starts: the last run's records become this run's starting points. */
    void beginRedrive() {
        resumeAt.clear();
        reuse.clear();
        resumeAt.putAll(stopped);
        reuse.putAll(succeeded);
        stopped.clear();
        succeeded.clear();
    }

    /** Drops everything: the execution succeeded and will not be redriven. */
    void forget() {
        stopped.clear();
        succeeded.clear();
        resumeAt.clear();
        reuse.clear();
    }

    void stoppedAt(FlowKey flow, String state, JsonNode input, VariableScope variables) {
        stopped.put(flow.text(), new StopPoint(state, input, variables));
    }

    /**
     * Notes the result of a branch or iteration that succeeded while its Parallel or Map state did not: a redrive
     * reuses it. (When the state succeeds, its children are never run again, so nothing is noted.)
     */
    void succeeded(FlowKey child, JsonNode result) {
        String key = child.text();
        succeeded.put(key, result);
        stopped.remove(key);
    }

    /**
     * {@link #succeeded} for each of the {@code count} branches or iterations of {@code state}, a state of flow
     * {@code parent}, whose {@code resultOf} is not {@code null} (those that did not succeed give {@code null}).
     */
    void succeededChildren(FlowKey parent, String state, int count, IntFunction<JsonNode> resultOf) {
        for (int i = 0; i < count; i++) {
            JsonNode result = resultOf.apply(i);
            if (result != null) {
                succeeded(parent.child(state, i), result);
            }
        }
    }

    /**
     * The branches or iterations of {@code state} (a state of flow {@code parent}) all succeeded: records an earlier
     * attempt left of them, and of their descendants, no longer apply.
     */
    void forgetChildren(FlowKey parent, String state) {
        if (stopped.isEmpty() && succeeded.isEmpty()) {
            return;
        }
        String prefix = parent.childrenPrefix(state);
        stopped.keySet().removeIf(key -> key.startsWith(prefix));
        succeeded.keySet().removeIf(key -> key.startsWith(prefix));
    }

    /** Where a flow resumes in this redrive, or {@code null} to run it from its start. */
    StopPoint resumePoint(FlowKey flow) {
        return resumeAt.isEmpty() ? null : resumeAt.remove(flow.text());
    }

    /** The result a child had in an earlier run, or {@code null} when it must run (again). */
    JsonNode earlierResult(FlowKey child) {
        if (reuse.isEmpty()) {
            return null;
        }
        String key = child.text();
        JsonNode result = reuse.remove(key);
        if (result != null) {
            succeeded.put(key, result);
        }
        return result;
    }
}
