package dev.stepwise.asl.validation;

import dev.stepwise.asl.StateFields;
import dev.stepwise.asl.StateType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;

/**
 * Checks one state: the fields its type allows in its query language, Next/End, the data-flow fields every type
 * shares, then the rules of its own type.
 */
final class StateValidator {

    private final Problems problems;
    private final ValueChecks checks;
    private final PayloadTemplates templates;
    private final ErrorHandlerRules errorHandlers;
    private final TaskRules taskRules;
    private final ChoiceRules choiceRules;
    private final WaitRules waitRules;
    private final FailRules failRules;
    private final ParallelRules parallelRules;
    private final MapRules mapRules;

    StateValidator(ValidationContext context, NestedMachines nested) {
        this.problems = context.problems();
        this.checks = new ValueChecks(problems);
        this.templates = new PayloadTemplates(checks, problems);
        this.errorHandlers = new ErrorHandlerRules(problems, checks, templates);
        this.taskRules = new TaskRules(context, checks, templates);
        this.choiceRules = new ChoiceRules(problems, checks, templates);
        this.waitRules = new WaitRules(problems, checks);
        this.failRules = new FailRules(checks, templates);
        this.parallelRules = new ParallelRules(problems, nested);
        this.mapRules = new MapRules(problems, checks, templates, nested);
    }

    void validate(StateNode state) {
        fields(state);
        if (state.has("Comment")) {
            checks.text(state.get("Comment"), state.at("Comment"), "Comment");
        }
        if (state.type().needsNextOrEnd()) {
            nextOrEnd(state);
        }
        dataFlow(state);
        switch (state.type()) {
            case TASK -> taskRules.check(state);
            case CHOICE -> choiceRules.check(state);
            case WAIT -> waitRules.check(state);
            case FAIL -> failRules.check(state);
            case PARALLEL -> parallelRules.check(state);
            case MAP -> mapRules.check(state);
            case PASS, SUCCEED -> {
                // Nothing beyond the shared fields: Pass's Result may be any JSON value.
            }
        }
        if (state.type() == StateType.TASK || state.type() == StateType.PARALLEL || state.type() == StateType.MAP) {
            errorHandlers.check(state);
        }
    }

    private void fields(StateNode state) {
        for (Iterator<String> it = state.json().fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (StateFields.isAllowed(state.type(), state.language(), field)) {
                continue;
            }
            String allowed = String.join(", ", StateFields.allowedFields(state.type(), state.language()));
            if (StateFields.isKnown(state.type(), field)) {
                problems.schema(state.at(field), "The field '" + field + "' is not supported for "
                        + state.language().aslName() + " query language in a " + state.type().aslName()
                        + " state; allowed fields are " + allowed);
            } else {
                problems.schema(state.at(field), "The field '" + field + "' is not supported by Step Functions in a "
                        + state.type().aslName() + " state; allowed fields are " + allowed);
            }
        }
    }

    private void nextOrEnd(StateNode state) {
        boolean hasNext = state.has("Next");
        JsonNode end = state.get("End");
        if (end != null) {
            checks.bool(end, state.at("End"), "End");
        }
        boolean ends = end != null && end.isBoolean() && end.booleanValue();
        if (hasNext) {
            checks.nonEmptyText(state.get("Next"), state.at("Next"), "Next");
        }
        if (hasNext && end != null) {
            problems.schema(state.at(), "A " + state.type().aslName() + " state must have either 'Next' or"
                    + " 'End': true, not both");
        } else if (!hasNext && !ends) {
            problems.schema(state.at(), "A " + state.type().aslName() + " state needs 'Next' (the state to run"
                    + " after it) or 'End': true");
        }
    }

    private void dataFlow(StateNode state) {
        if (state.has("QueryLanguage")) {
            checks.queryLanguage(state.get("QueryLanguage"), state.at("QueryLanguage"));
        }
        if (state.isJsonata()) {
            for (String field : List.of("Arguments", "Output")) {
                if (state.has(field)) {
                    templates.jsonataValue(state.get(field), state.at(field));
                }
            }
            JsonNode arguments = state.get("Arguments");
            if (arguments != null && !arguments.isObject()
                    && !(arguments.isTextual() && JsonataSyntax.isExpression(arguments.textValue()))) {
                problems.schema(state.at("Arguments"), "The field 'Arguments' must be an object or a JSONata"
                        + " expression written as \"{% ... %}\"");
            }
        } else {
            for (String field : List.of("InputPath", "OutputPath")) {
                if (state.has(field)) {
                    checks.pathOrNull(state.get(field), state.at(field), field);
                }
            }
            if (state.has("ResultPath")) {
                checks.referencePathOrNull(state.get("ResultPath"), state.at("ResultPath"), "ResultPath");
            }
            for (String field : List.of("Parameters", "ResultSelector")) {
                if (state.has(field)) {
                    templates.jsonPathTemplate(state.get(field), state.at(field));
                }
            }
        }
        if (state.has("Assign")) {
            templates.assign(state.get("Assign"), state.at("Assign"), state.language());
        }
    }
}
