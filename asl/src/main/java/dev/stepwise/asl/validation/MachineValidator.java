package dev.stepwise.asl.validation;

import dev.stepwise.asl.StateType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.ExecutionTimeout;
import dev.stepwise.asl.QueryLanguage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a state machine, or a machine nested in a branch or item processor: its own fields, StartAt, each state,
 * that every transition stays inside this machine and names an existing state, that every state can be reached,
 * and that some state ends the machine.
 */
final class MachineValidator implements NestedMachines {

    private static final Set<String> ROOT_FIELDS =
            Set.of("StartAt", "States", "Comment", "Version", "TimeoutSeconds", "QueryLanguage");
    private static final Set<String> BRANCH_FIELDS = Set.of("StartAt", "States", "Comment");
    private static final Set<String> PROCESSOR_FIELDS = Set.of("StartAt", "States", "Comment", "ProcessorConfig");

    private final ValidationContext context;
    private final Problems problems;
    private final ValueChecks checks;
    private final StateValidator states;
    private QueryLanguage rootLanguage = QueryLanguage.JSONPATH;

    MachineValidator(ValidationContext context) {
        this.context = context;
        this.problems = context.problems();
        this.checks = new ValueChecks(problems);
        this.states = new StateValidator(context, this);
    }

    void validateRoot(JsonNode definition) {
        JsonPointer root = JsonPointer.root();
        if (definition == null || !definition.isObject()) {
            problems.schema(root, "A state machine definition must be a JSON object with StartAt and States, not "
                    + ValueChecks.describe(definition));
            return;
        }
        knownFields(definition, root, ROOT_FIELDS, "a state machine");
        if (definition.has("Version")) {
            checks.oneOf(definition.get("Version"), root.field("Version"), "Version", Set.of("1.0"));
        }
        JsonNode timeout = definition.get("TimeoutSeconds");
        if (timeout != null && !ExecutionTimeout.isValid(timeout)) {
            problems.schema(root.field("TimeoutSeconds"), "The field 'TimeoutSeconds' must be "
                    + ExecutionTimeout.EXPECTED + ", not " + ValueChecks.describe(timeout));
        }
        if (definition.has("QueryLanguage")) {
            checks.queryLanguage(definition.get("QueryLanguage"), root.field("QueryLanguage"));
        }
        rootLanguage = QueryLanguage.ofMachine(definition);
        machine(definition, root);
    }

    /** One state on its own, as the TestState API takes it: its targets are not followed. */
    void validateState(String name, JsonNode state, QueryLanguage machineLanguage) {
        rootLanguage = machineLanguage;
        state(name, state, JsonPointer.root());
    }

    @Override
    public void validate(JsonNode machine, JsonPointer at, Kind kind) {
        if (!machine.isObject()) {
            problems.schema(at, "A " + (kind == Kind.BRANCH ? "branch" : "item processor")
                    + " must be an object with StartAt and States, not " + ValueChecks.describe(machine));
            return;
        }
        knownFields(machine, at, kind == Kind.BRANCH ? BRANCH_FIELDS : PROCESSOR_FIELDS,
                kind == Kind.BRANCH ? "a branch" : "an item processor");
        machine(machine, at);
    }

    private void machine(JsonNode machine, JsonPointer at) {
        if (machine.has("Comment")) {
            checks.text(machine.get("Comment"), at.field("Comment"), "Comment");
        }
        JsonNode statesNode = machine.get("States");
        JsonNode startAt = machine.get("StartAt");
        if (startAt == null || statesNode == null) {
            problems.schema(at, "These fields are required: " + (startAt == null && statesNode == null
                    ? "[StartAt, States]" : startAt == null ? "[StartAt]" : "[States]"));
        }
        if (statesNode != null && (!statesNode.isObject() || statesNode.isEmpty())) {
            problems.schema(at.field("States"), "The field 'States' must be a non-empty object of named states");
            statesNode = null;
        }
        Map<String, JsonNode> named = new LinkedHashMap<>();
        if (statesNode != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = statesNode.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                named.put(entry.getKey(), entry.getValue());
                state(entry.getKey(), entry.getValue(), at.field("States").field(entry.getKey()));
            }
        }
        String start = startAt == null ? null : checks.nonEmptyText(startAt, at.field("StartAt"), "StartAt")
                .orElse(null);
        if (start != null && statesNode != null && !named.containsKey(start)) {
            problems.add(at.field("StartAt"), ProblemCodes.MISSING_TRANSITION_TARGET, "Missing 'StartAt' target: "
                    + start + "; StartAt must name one of this machine's states: " + String.join(", ", named.keySet()));
        }
        if (statesNode != null) {
            graph(named, at.field("States"), start);
        }
    }

    private void state(String name, JsonNode json, JsonPointer at) {
        context.registerStateName(name, at);
        if (json == null || !json.isObject()) {
            problems.schema(at, "A state must be an object with a Type, not " + ValueChecks.describe(json));
            return;
        }
        JsonNode typeNode = json.get("Type");
        if (typeNode == null) {
            problems.schema(at, "These fields are required: [Type]");
            return;
        }
        var type = StateType.fromAslName(typeNode.asText());
        if (!typeNode.isTextual() || type.isEmpty()) {
            problems.schema(at.field("Type"), "The field 'Type' must be one of " + StateType.NAMES + ", not "
                    + ValueChecks.describe(typeNode));
            return;
        }
        QueryLanguage language = QueryLanguage.ofState(json, rootLanguage);
        if (rootLanguage == QueryLanguage.JSONATA && language == QueryLanguage.JSONPATH) {
            problems.schema(at.field("QueryLanguage"), "A state cannot use JSONPath when the state machine's"
                    + " QueryLanguage is JSONata; a JSONPath machine may switch single states to JSONata, not"
                    + " the other way round");
        }
        states.validate(new StateNode(name, json, at, type.get(), language));
    }

    /** Transitions stay inside this machine, every state is reachable from StartAt, and one state ends it. */
    private void graph(Map<String, JsonNode> named, JsonPointer statesAt, String start) {
        Map<String, List<Transitions.Transition>> edges = new LinkedHashMap<>();
        boolean hasTerminal = false;
        for (Map.Entry<String, JsonNode> entry : named.entrySet()) {
            JsonNode state = entry.getValue();
            if (!state.isObject()) {
                continue;
            }
            List<Transitions.Transition> transitions = Transitions.of(state, statesAt.field(entry.getKey()));
            edges.put(entry.getKey(), transitions);
            for (Transitions.Transition transition : transitions) {
                if (!named.containsKey(transition.target())) {
                    problems.add(transition.at(), ProblemCodes.MISSING_TRANSITION_TARGET, "Missing '"
                            + transition.field() + "' target: " + transition.target() + "; a transition must name"
                            + " a state of the same States object (it cannot leave or enter a branch or item"
                            + " processor)");
                }
            }
            hasTerminal |= isTerminal(state);
        }
        if (!hasTerminal) {
            problems.add(statesAt, ProblemCodes.MISSING_END_STATE, "No state ends this machine; at least one"
                    + " state needs 'End': true or must be a Succeed or Fail state");
        }
        if (start == null || !named.containsKey(start)) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(start));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (reached.add(name)) {
                for (Transitions.Transition transition : edges.getOrDefault(name, List.of())) {
                    if (named.containsKey(transition.target())) {
                        pending.push(transition.target());
                    }
                }
            }
        }
        for (String name : named.keySet()) {
            if (!reached.contains(name)) {
                problems.add(statesAt.field(name), ProblemCodes.MISSING_TRANSITION_TARGET, "State \"" + name
                        + "\" is not reachable. No transition leads to it from StartAt (" + start + ")");
            }
        }
    }

    private static boolean isTerminal(JsonNode state) {
        String type = state.path("Type").asText();
        return type.equals("Succeed") || type.equals("Fail") || state.path("End").asBoolean(false);
    }

    private void knownFields(JsonNode object, JsonPointer at, Set<String> allowed, String what) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                problems.schema(at.field(field), "The field '" + field + "' is not supported by Step Functions in "
                        + what + "; allowed fields are " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }
}
