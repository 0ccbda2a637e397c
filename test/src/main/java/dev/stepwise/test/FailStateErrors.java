package dev.stepwise.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.DefinitionStates;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.TestStateResult;
import dev.stepwise.runtime.history.HistoryEvent;

/**
 * The error and cause a Fail state raised. AWS records them on no event of a Fail state inside a Parallel branch or
 * a Map iteration (only ExecutionFailed carries them, for a Fail at the top), so they are read from the definition:
 * a literal Error and Cause as written, an ErrorPath, CausePath or JSONata expression by running the state again
 * alone on its recorded input, as TestState does.
 */
final class FailStateErrors {

    /** Runs Fail states alone; holds no execution, so one serves every test. */
    private static final class Holder {
        static final LocalRuntime RUNTIME = LocalRuntime.builder().validateDefinitions(false).build();
    }

    private FailStateErrors() {
    }

    /** The error and cause the Fail state whose {@code FailStateEntered} event this is raised, or nulls if unknown. */
    static String[] of(HistoryEvent entered, JsonNode definition) {
        String name = entered.detail("name").asText();
        JsonNode state = DefinitionStates.find(definition, name);
        if (state == null) {
            return new String[2];
        }
        String error = literal(state, "Error");
        String cause = literal(state, "Cause");
        boolean dynamic = state.has("ErrorPath") || state.has("CausePath") || isExpression(state.get("Error"))
                || isExpression(state.get("Cause"));
        if (dynamic) {
            try {
                TestStateResult result = Holder.RUNTIME.testState(definition, name, entered.detail("input"));
                return new String[] {result.error(), result.cause()};
            } catch (RuntimeException e) { // variables or context it read are gone: the error stays unknown
                return new String[] {error, cause};
            }
        }
        return new String[] {error, cause};
    }

    private static String literal(JsonNode state, String field) {
        JsonNode value = state.get(field);
        return value != null && value.isTextual() && !isExpression(value) ? value.textValue() : null;
    }

    private static boolean isExpression(JsonNode value) {
        return value != null && value.isTextual() && value.textValue().startsWith("{%");
    }
}
