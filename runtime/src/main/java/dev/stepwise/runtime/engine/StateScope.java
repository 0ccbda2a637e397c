package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.data.DataScope;
import dev.stepwise.runtime.data.Json;
import java.time.Instant;

/**
 * What one state's expressions read. The context object is built only when an expression asks for {@code $$},
 * so the common transition that never reads it allocates nothing for it.
 */
final class StateScope implements DataScope {

    private final ExecutionRun run;
    private final String stateName;
    private final Instant enteredTime;
    private JsonNode input;
    private int retryCount = -1;
    private String taskToken;
    private int itemIndex = -1;
    private JsonNode itemValue;
    private ObjectNode context;
    /** {@code $$.State}, shared by the scopes of a Map's items; volatile since items run on several threads. */
    private volatile ObjectNode stateNode;
    private boolean childrenFailed;
    private ObjectNode inspection;

    StateScope(ExecutionRun run, String stateName, Instant enteredTime, JsonNode input) {
        this.run = run;
        this.stateName = stateName;
        this.enteredTime = enteredTime;
        this.input = input;
    }

    /** The scope a Map's ItemSelector sees for one item: the same state, plus {@code $$.Map.Item}. */
    StateScope forItem(int index, JsonNode value) {
        StateScope item = new StateScope(run, stateName, enteredTime, input);
        item.retryCount = retryCount;
        item.stateNode = stateNode();
        item.itemIndex = index;
        item.itemValue = value;
        return item;
    }

    /** Turns on TestState's inspection data for this state: the document after each data-flow step. */
    void inspect() {
        inspection = Json.NODES.objectNode();
        inspection.set("input", input);
    }

    /** Records a data-flow step when inspection is on; a single null check otherwise. */
    void inspect(String step, JsonNode value) {
        if (inspection != null) {
            inspection.set(step, value);
        }
    }

    ObjectNode inspection() {
        return inspection;
    }

    void input(JsonNode value) {
        input = value;
    }

    /** For states that can retry: {@code $$.State.RetryCount}. */
    void retryCount(int count) {
        if (count != retryCount) {
            retryCount = count;
            stateNode = null;
            context = null;
        }
    }

    void taskToken(String token) {
        taskToken = token;
        context = null;
    }

    /**
     * Marks that a Parallel branch or Map iteration failed this attempt: only then does AWS record
     * ParallelStateFailed/MapStateFailed (a bad setting fails the state without it).
     */
    void childrenFailed(boolean failed) {
        childrenFailed = failed;
    }

    boolean childrenFailed() {
        return childrenFailed;
    }

    Instant enteredTime() {
        return enteredTime;
    }

    @Override
    public JsonNode input() {
        return input;
    }

    @Override
    public JsonNode context() {
        if (context == null) {
            ObjectNode node = Json.NODES.objectNode();
            node.set("Execution", run.executionNode());
            node.set("StateMachine", run.stateMachineNode());
            node.set("State", stateNode());
            if (taskToken != null) {
                node.putObject("Task").put("Token", taskToken);
            }
            if (itemIndex >= 0) {
                ObjectNode item = node.putObject("Map").putObject("Item");
                item.put("Index", itemIndex);
                item.set("Value", itemValue);
            }
            context = node;
        }
        return context;
    }

    private ObjectNode stateNode() {
        ObjectNode state = stateNode;
        if (state == null) {
            // Concurrent first reads may each build one; they are equal, and the last one written wins.
            state = Json.NODES.objectNode();
            state.put("Name", stateName);
            state.put("EnteredTime", Timestamps.format(enteredTime));
            if (retryCount >= 0) {
                state.put("RetryCount", retryCount);
            }
            stateNode = state;
        }
        return state;
    }

    @Override
    public JsonNode variable(String name) {
        return null;
    }
}
