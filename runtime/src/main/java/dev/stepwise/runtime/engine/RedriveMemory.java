package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    void stoppedAt(String flowKey, String state, JsonNode input, VariableScope variables) {
        stopped.put(flowKey, new StopPoint(state, input, variables));
    }

    void succeeded(String childKey, JsonNode result) {
        succeeded.put(childKey, result);
        stopped.remove(childKey);
    }

    /** Where a flow resumes in this redrive, or {@code null} to run it from its start. */
    StopPoint resumePoint(String flowKey) {
        return resumeAt.isEmpty() ? null : resumeAt.remove(flowKey);
    }

    /** The result a child had in an earlier run, or {@code null} when it must run (again). */
    JsonNode earlierResult(String childKey) {
        if (reuse.isEmpty()) {
            return null;
        }
        JsonNode result = reuse.remove(childKey);
        if (result != null) {
            succeeded.put(childKey, result);
        }
        return result;
    }

    /** The key of a branch or iteration: its parent flow, the state, and its index. */
    static String childKey(String flowKey, String state, int index) {
        return flowKey + "/" + state + "[" + index + "]";
    }
}
