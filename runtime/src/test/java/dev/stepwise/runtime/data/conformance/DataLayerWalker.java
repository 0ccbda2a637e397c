package dev.stepwise.runtime.data.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.data.DataScope;
import dev.stepwise.runtime.data.Json;
import dev.stepwise.runtime.data.PayloadTemplate;
import dev.stepwise.runtime.data.choice.Condition;
import dev.stepwise.runtime.data.choice.Conditions;
import dev.stepwise.runtime.data.path.Path;
import dev.stepwise.runtime.error.StatesError;
import dev.stepwise.runtime.error.StatesErrors;
import java.util.Set;

/**
 * Test-only: runs the JSONPath subset of ASL that needs nothing but the data layer (Pass, Choice, Succeed and
 * Fail states), so that intrinsics and Choice rules can be judged against the corpus before the interpreter exists.
 * It is deliberately not an interpreter: no history, no Assign, no retries, no other state types.
 */
final class DataLayerWalker {

    /** Thrown for anything outside the subset; such a case is skipped, not failed. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what);
        }
    }

    record Outcome(String status, JsonNode output, String error, String cause) {
    }

    private static final Set<String> TYPES = Set.of("Pass", "Choice", "Succeed", "Fail");
    private static final int MAX_TRANSITIONS = 1000;

    private DataLayerWalker() {
    }

    static Outcome run(JsonNode definition, JsonNode input) {
        requireJsonPath(definition);
        JsonNode context = context(input);
        JsonNode data = input;
        String name = definition.path("StartAt").asText();
        try {
            for (int step = 0; step < MAX_TRANSITIONS; step++) {
                JsonNode state = definition.path("States").get(name);
                String type = state.path("Type").asText();
                requireJsonPath(state);
                if (!TYPES.contains(type) || state.has("Assign")) {
                    throw new Unsupported("state type " + type);
                }
                if (type.equals("Fail")) {
                    return failState(state, DataScope.of(data, context));
                }
                JsonNode effective = optionalPath(state, "InputPath", data, context);
                String next;
                JsonNode output;
                if (type.equals("Choice")) {
                    next = choose(state, DataScope.of(effective, context));
                    output = effective;
                } else if (type.equals("Pass")) {
                    JsonNode result = state.has("Parameters")
                            ? PayloadTemplate.compile(state.get("Parameters")).evaluate(DataScope.of(effective, context))
                            : state.has("Result") ? state.get("Result") : effective;
                    output = resultPath(state, data, result);
                    next = state.path("End").asBoolean() ? null : state.path("Next").asText();
                } else {
                    output = effective;
                    next = null;
                }
                data = optionalPath(state, "OutputPath", output, context);
                if (next == null) {
                    return new Outcome("SUCCEEDED", data, null, null);
                }
                name = next;
            }
            throw new Unsupported("more than " + MAX_TRANSITIONS + " transitions");
        } catch (StatesError e) {
            return new Outcome("FAILED", null, e.error(), e.cause());
        }
    }

    private static void requireJsonPath(JsonNode node) {
        if (node.path("QueryLanguage").asText("JSONPath").equals("JSONata")) {
            throw new Unsupported("JSONata");
        }
    }

    private static String choose(JsonNode state, DataScope scope) {
        for (JsonNode rule : state.path("Choices")) {
            Condition condition = Conditions.compile(rule);
            if (condition.test(scope)) {
                return rule.path("Next").asText();
            }
        }
        if (state.has("Default")) {
            return state.get("Default").asText();
        }
        throw new StatesError(StatesErrors.NO_CHOICE_MATCHED, "No Matches!");
    }

    private static Outcome failState(JsonNode state, DataScope scope) {
        return new Outcome("FAILED", null, failField(state, "Error", scope), failField(state, "Cause", scope));
    }

    private static String failField(JsonNode state, String field, DataScope scope) {
        if (state.has(field + "Path")) {
            JsonNode value = PayloadTemplate.compileExpression(field + "Path", state.get(field + "Path"))
                    .evaluate(scope);
            return value == null ? null : value.asText();
        }
        return state.has(field) ? state.get(field).asText() : null;
    }

    /** InputPath and OutputPath: absent means {@code $}, null means {@code {}}. */
    private static JsonNode optionalPath(JsonNode state, String field, JsonNode document, JsonNode context) {
        if (!state.has(field)) {
            return document;
        }
        if (state.get(field).isNull()) {
            return Json.NODES.objectNode();
        }
        String path = state.get(field).asText();
        JsonNode value = Path.compile(path).evaluate(DataScope.of(document, context));
        if (value == null) {
            throw StatesErrors.runtime("Invalid path '" + path + "' : No results for path");
        }
        return value;
    }

    private static JsonNode resultPath(JsonNode state, JsonNode rawInput, JsonNode result) {
        if (!state.has("ResultPath")) {
            return result;
        }
        if (state.get("ResultPath").isNull()) {
            return rawInput;
        }
        return Path.compileReference(state.get("ResultPath").asText()).write(rawInput, result)
                .orElseThrow(() -> new StatesError(StatesErrors.RESULT_PATH_MATCH_FAILURE, "ResultPath mismatch"));
    }

    /** The context object with the snapshot placeholders where AWS had account-specific values. */
    private static JsonNode context(JsonNode input) {
        ObjectNode context = Json.NODES.objectNode();
        ObjectNode execution = context.putObject("Execution");
        execution.put("Id", "arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>");
        execution.set("Input", input);
        execution.put("Name", "<ExecArnPart_0idx>");
        execution.put("RoleArn", "snf_role_arn");
        execution.put("StartTime", "date");
        ObjectNode machine = context.putObject("StateMachine");
        machine.put("Id", "arn:<partition>:states:<region>:111111111111:stateMachine:<ArnPart_0idx>");
        machine.put("Name", "<ArnPart_0idx>");
        return context;
    }
}
