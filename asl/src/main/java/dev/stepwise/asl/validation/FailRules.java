package dev.stepwise.asl.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** A Fail state's Error and Cause, each given as a value or, in JSONPath states, as a path. */
final class FailRules {

    private final ValueChecks checks;
    private final PayloadTemplates templates;

    FailRules(ValueChecks checks, PayloadTemplates templates) {
        this.checks = checks;
        this.templates = templates;
    }

    void check(StateNode state) {
        for (String field : new String[] {"Error", "Cause"}) {
            if (state.has(field)) {
                JsonNode value = state.get(field);
                checks.text(value, state.at(field), field);
                if (state.isJsonata()) {
                    templates.jsonataValue(value, state.at(field));
                }
            }
            String pathField = field + "Path";
            if (state.has(pathField)) {
                checks.pathOrIntrinsic(state.get(pathField), state.at(pathField), pathField);
            }
            checks.notBoth(state, field, pathField);
        }
    }
}
