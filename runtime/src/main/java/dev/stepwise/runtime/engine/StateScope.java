package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.DataScope;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.jsonata.JsonataBindings;
import dev.stepwise.asl.data.path.ReferencePath;
import dev.stepwise.asl.error.StatesError;
import java.time.Instant;

/**
 * What one state's expressions read: in JSONPath the current document ({@code $}), the context object ({@code $$})
 * and the variables; in JSONata the same through {@code $states} and {@code $name}. The context object and the
 * JSONata bindings are built only when an expression asks for them, so the common transition that never reads
 * them allocates nothing for them.
 */
final class StateScope implements DataScope {

    private final ExecutionRun run;
    private final String stateName;
    /** {@code null} until first asked for, when the state takes no time (see the constructor). */
    private Instant enteredTime;
    private final JsonNode stateInput;
    private final VariableScope variables;
    private long enteredEventId;
    private long previousOfEnteredId;
    private JsonNode input;
    private JsonNode result;
    private JsonNode errorOutput;
    private JsonataBindings bindings;
    private int retryCount = -1;
    /** The current Task attempt's token, or {@code null} outside a Task. */
    private TaskToken taskToken;
    private int itemIndex = -1;
    private JsonNode itemValue;
    private ObjectNode context;
    /** {@code $$.State}, shared by the scopes of a Map's items; volatile since items run on several threads. */
    private volatile ObjectNode stateNode;
    private boolean childrenFailed;
    private FlowKey flowKey;
    private ObjectNode inspection;
    /** TestState's single attempt, or {@code null} in an execution. */
    private TestedAttempt tested;
    /** TestState's {@code context}: the Context object as given, or {@code null} for the one made here. */
    private ObjectNode givenContext;
    /** TestState's mock of a whole Map or Parallel state, or {@code null}. */
    private MockedWork mockedWork;
    /** A ResultPath written into the state's own input, undone if the state fails (see {@code FlowRunner.Exit}). */
    private ReferencePath.Replaced inPlaceWrite;
    /** The error the last Task attempt's handler failed with, handed back as a value (see {@code TaskStep#run}). */
    private StatesError taskFailure;

    /**
     * The scope of a state entered at {@code enteredTime}, or, when that is {@code null}, of a state that takes no
     * time (Pass, Choice, Succeed, Fail): its entered time is read from the clock when an expression first asks for
     * it, which is the same instant to the clock's precision and spares most transitions a clock read (JFR: 5% of a
     * chain of Pass states on the system clock).
     */
    StateScope(ExecutionRun run, String stateName, Instant enteredTime, JsonNode input, VariableScope variables) {
        this.run = run;
        this.stateName = stateName;
        this.enteredTime = enteredTime;
        this.stateInput = input;
        this.input = input;
        this.variables = variables;
    }

    /** The scope a Map's ItemSelector sees for one item: the same state, plus {@code $$.Map.Item}. */
    StateScope forItem(int index, JsonNode value) {
        StateScope item = new StateScope(run, stateName, enteredTime(), stateInput, variables);
        item.input = input;
        item.retryCount = retryCount;
        item.stateNode = stateNode();
        item.itemIndex = index;
        item.itemValue = value;
        item.givenContext = givenContext;
        return item;
    }

    /**
     * Makes this state TestState's single attempt: inspection data on (the document after each data-flow step), and
     * its Retry and Catch reporting to {@code attempt} instead of retrying.
     */
    void testAlone(TestedAttempt attempt) {
        tested = attempt;
        inspection = Json.NODES.objectNode();
        inspection.set("input", input);
    }

    /**
     * TestState's {@code context} and {@code mock} of a Map or Parallel state: {@code $$} is {@code context} as
     * given ({@code null}: the one made here), and {@code work} stands for the state's iterations or branches
     * ({@code null}: they run).
     */
    void testedWith(ObjectNode context, MockedWork work) {
        givenContext = context;
        mockedWork = work;
        this.context = null;
        bindings = null;
    }

    /** TestState's mock of a whole Map or Parallel state, or {@code null}. */
    MockedWork mockedWork() {
        return mockedWork;
    }

    /** TestState's single attempt, or {@code null} in an execution. */
    TestedAttempt tested() {
        return tested;
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

    void taskFailed(StatesError error) {
        taskFailure = error;
    }

    StatesError taskFailure() {
        return taskFailure;
    }

    void wroteInPlace(ReferencePath.Replaced replaced) {
        inPlaceWrite = replaced;
    }

    /** Puts back the input this state wrote its result into, so a redrive starts it on the input it had. */
    void revertInPlaceWrite() {
        if (inPlaceWrite != null) {
            inPlaceWrite.revert();
            inPlaceWrite = null;
        }
    }

    void input(JsonNode value) {
        input = value;
    }

    /** JSONata's {@code $states.result}: the Task, Parallel or Map result, seen by Output and Assign. */
    void result(JsonNode value) {
        result = value;
        bindings = null;
    }

    /** JSONata's {@code $states.errorOutput}: the error output, seen by a Catch's Output and Assign. */
    void errorOutput(JsonNode value) {
        errorOutput = value;
        bindings = null;
    }

    /** For states that can retry: {@code $$.State.RetryCount}. */
    void retryCount(int count) {
        if (count != retryCount) {
            retryCount = count;
            stateNode = null;
            context = null;
            bindings = null;
        }
    }

    /** Starts a Task attempt, which gets its own token (drawn when first read). */
    void newTaskAttempt() {
        taskToken = new TaskToken(run);
        context = null;
        bindings = null;
    }

    /**
     * Notes the state's entered event (AWS names its id in the cause of an error the state raises) and the event
     * before it (the predecessor AWS gives an EvaluationFailed event).
     */
    void entered(long id, long previous) {
        enteredEventId = id;
        previousOfEnteredId = previous;
    }

    long previousOfEnteredId() {
        return previousOfEnteredId;
    }

    long enteredEventId() {
        return enteredEventId;
    }

    String stateName() {
        return stateName;
    }

    /** The state's raw input: JSONata's {@code $states.input}. */
    JsonNode stateInput() {
        return stateInput;
    }

    VariableScope variables() {
        return variables;
    }

    /** What a JSONata expression of this state sees; shared by the state's expressions until a part changes. */
    JsonataBindings jsonata() {
        if (bindings == null) {
            bindings = JsonataBindings.builder()
                    .input(stateInput)
                    .result(result)
                    .errorOutput(errorOutput)
                    .context(context())
                    .variables(variables::get)
                    .clock(() -> run.clock().now().toEpochMilli())
                    .build();
        }
        return bindings;
    }

    /** The current Task attempt's token ({@code $$.Task.Token}), or {@code null} outside a Task. */
    String taskToken() {
        return taskToken == null ? null : taskToken.value();
    }

    /** The current Task attempt's token as drawn when first read, or {@code null} outside a Task. */
    TaskToken attemptToken() {
        return taskToken;
    }

    /** The position of this state's flow for a redrive, or {@code null} when the execution is not redrivable. */
    FlowKey flowKey() {
        return flowKey;
    }

    void flowKey(FlowKey key) {
        flowKey = key;
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
        if (enteredTime == null) {
            enteredTime = run.clock().now();
        }
        return enteredTime;
    }

    @Override
    public JsonNode input() {
        return input;
    }

    @Override
    public JsonNode context() {
        if (context == null && givenContext != null) {
            // AWS's TestState: $$ is the context given, as given (an empty one reads as {})
            context = givenContext.deepCopy();
            putMapItem(context);
        }
        if (context == null) {
            ObjectNode node = Json.objectNode(5);
            node.set("Execution", run.executionNode());
            node.set("StateMachine", run.stateMachineNode());
            node.set("State", stateNode());
            if (taskToken != null) {
                node.putObject("Task").put("Token", taskToken.value());
            }
            putMapItem(node);
            context = node;
        }
        return context;
    }

    /** {@code $$.Map.Item}, which an ItemSelector sees. */
    private void putMapItem(ObjectNode node) {
        if (itemIndex >= 0) {
            ObjectNode item = Json.objectNode(2);
            node.set("Map", Json.objectNode(1).set("Item", item));
            item.put("Index", itemIndex);
            item.set("Value", itemValue);
        }
    }

    private ObjectNode stateNode() {
        ObjectNode state = stateNode;
        if (state == null) {
            // Concurrent first reads may each build one; they are equal, and the last one written wins.
            state = Json.NODES.objectNode();
            state.put("Name", stateName);
            state.put("EnteredTime", Timestamps.format(enteredTime()));
            if (retryCount >= 0) {
                state.put("RetryCount", retryCount);
            }
            stateNode = state;
        }
        return state;
    }

    @Override
    public JsonNode variable(String name) {
        return variables.get(name);
    }
}
