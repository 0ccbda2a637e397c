package dev.stepwise.runtime.definition;

import dev.stepwise.asl.validation.Problems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.choice.Conditions;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;
import dev.stepwise.runtime.definition.DataFlowCompiler.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a Choice state: each rule's condition (a JSONPath rule tree, or a JSONata {@code Condition}), its Next,
 * Assign and (JSONata) Output, and the Default.
 */
final class ChoiceCompiler {

    private ChoiceCompiler() {
    }

    static StatePlan compile(String name, Fields f, Problems problems, boolean jsonata) {
        JsonNode choices = f.array("Choices");
        List<ChoicePlan.Rule> rules = new ArrayList<>();
        if (choices == null || choices.isEmpty()) {
            problems.schema(f.at("Choices"), "a Choice state needs at least one rule");
        } else {
            for (int i = 0; i < choices.size(); i++) {
                ChoicePlan.Rule rule = rule(choices.get(i), f.at("Choices") + "/" + i, problems, jsonata);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        if (f.has("Next") || f.has("End")) {
            problems.schema(f.location(), "a Choice state cannot have Next or End; each rule names its Next");
        }
        return new ChoicePlan(name, DataFlowCompiler.compile(f, problems, jsonata, Scope.INPUT_OUTPUT), rules,
                f.string("Default"));
    }

    /** One rule; {@code null} when it has no Next or its JSONPath condition does not compile (reported). */
    private static ChoicePlan.Rule rule(JsonNode rule, String at, Problems problems, boolean jsonata) {
        JsonNode next = rule.get("Next");
        if (next == null || !next.isTextual()) {
            problems.schema(at + "/Next", "a Choice rule needs a Next state");
            return null;
        }
        Fields r = new Fields(rule, at, problems);
        Assignment assign = DataFlowCompiler.assignment(r, problems, jsonata);
        if (jsonata) {
            JsonataTemplate condition = FieldCompiler.jsonata(r, "Condition", problems);
            if (condition == null && !rule.has("Condition")) {
                problems.schema(r.at("Condition"), "a JSONata Choice rule needs a Condition");
            }
            return new ChoicePlan.Rule(null, condition, next.textValue(), assign,
                    FieldCompiler.jsonata(r, "Output", problems));
        }
        var condition = problems.attempt(at, () -> Conditions.compile(withoutAssign(rule)));
        return condition == null ? null : new ChoicePlan.Rule(condition, null, next.textValue(), assign, null);
    }

    /** A JSONPath rule as the condition compiler expects it: {@code Assign} is the rule's, not a comparison. */
    private static JsonNode withoutAssign(JsonNode rule) {
        if (!rule.has("Assign")) {
            return rule;
        }
        ObjectNode copy = rule.deepCopy();
        copy.remove("Assign");
        return copy;
    }
}
