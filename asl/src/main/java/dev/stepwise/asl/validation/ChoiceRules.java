package dev.stepwise.asl.validation;

import dev.stepwise.asl.Rfc3339;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.QueryLanguage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Choice state's rules. JSONPath rules compare a {@code Variable} with exactly one operator, or combine rules
 * with {@code And}, {@code Or} and {@code Not}; JSONata rules are {@code {Condition, Next, Assign?, Output?}}.
 * Only top-level rules carry {@code Next} (and {@code Assign}).
 */
final class ChoiceRules {

    /** What an operator compares the variable with. */
    private enum Operand {
        STRING("a string"), NUMBER("a number"), BOOLEAN("true or false"), TIMESTAMP("an RFC 3339 timestamp string"),
        PATH("a JSONPath string");

        final String description;

        Operand(String description) {
            this.description = description;
        }
    }

    private static final Map<String, Operand> OPERATORS = new HashMap<>();

    static {
        for (String comparison : List.of("Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals")) {
            OPERATORS.put("String" + comparison, Operand.STRING);
            OPERATORS.put("Numeric" + comparison, Operand.NUMBER);
            OPERATORS.put("Timestamp" + comparison, Operand.TIMESTAMP);
            OPERATORS.put("String" + comparison + "Path", Operand.PATH);
            OPERATORS.put("Numeric" + comparison + "Path", Operand.PATH);
            OPERATORS.put("Timestamp" + comparison + "Path", Operand.PATH);
        }
        OPERATORS.put("StringMatches", Operand.STRING);
        OPERATORS.put("BooleanEquals", Operand.BOOLEAN);
        OPERATORS.put("BooleanEqualsPath", Operand.PATH);
        for (String test : List.of("IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp")) {
            OPERATORS.put(test, Operand.BOOLEAN);
        }
    }

    private static final Set<String> COMBINATORS = Set.of("And", "Or", "Not");
    private static final Set<String> JSONATA_RULE_FIELDS = Set.of("Condition", "Next", "Assign", "Output", "Comment");

    private final Problems problems;
    private final ValueChecks checks;
    private final PayloadTemplates templates;

    ChoiceRules(Problems problems, ValueChecks checks, PayloadTemplates templates) {
        this.problems = problems;
        this.checks = checks;
        this.templates = templates;
    }

    void check(StateNode state) {
        if (state.has("Default")) {
            checks.nonEmptyText(state.get("Default"), state.at("Default"), "Default");
        }
        JsonNode choices = state.get("Choices");
        if (choices == null) {
            problems.schema(state.at(), "These fields are required: [Choices]");
            return;
        }
        if (!choices.isArray() || choices.isEmpty()) {
            problems.schema(state.at("Choices"), "The field 'Choices' must be a non-empty array of choice rules");
            return;
        }
        for (int i = 0; i < choices.size(); i++) {
            JsonPointer at = state.at("Choices").index(i);
            if (state.isJsonata()) {
                jsonataRule(choices.get(i), at);
            } else {
                jsonPathRule(choices.get(i), at, true);
            }
        }
    }

    private void jsonataRule(JsonNode rule, JsonPointer at) {
        if (!rule.isObject()) {
            problems.schema(at, "A choice rule must be an object, not " + ValueChecks.describe(rule));
            return;
        }
        for (Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!JSONATA_RULE_FIELDS.contains(field)) {
                problems.schema(at.field(field), "The field '" + field + "' is not supported in a JSONata choice"
                        + " rule; allowed fields are Condition, Next, Assign, Output and Comment");
            }
        }
        requireNext(rule, at);
        JsonNode condition = rule.get("Condition");
        if (condition == null) {
            problems.schema(at, "These fields are required: [Condition]");
        } else if (condition.isTextual() && JsonataSyntax.isExpression(condition.textValue())) {
            checks.jsonataExpression(condition.textValue(), at.field("Condition"));
        } else if (!condition.isBoolean()) {
            problems.schema(at.field("Condition"), "The field 'Condition' must be a JSONata expression"
                    + " written as \"{% ... %}\", or a boolean");
        }
        if (rule.has("Assign")) {
            templates.assign(rule.get("Assign"), at.field("Assign"), QueryLanguage.JSONATA);
        }
        if (rule.has("Output")) {
            templates.jsonataValue(rule.get("Output"), at.field("Output"));
        }
    }

    private void jsonPathRule(JsonNode rule, JsonPointer at, boolean topLevel) {
        if (!rule.isObject()) {
            problems.schema(at, "A choice rule must be an object, not " + ValueChecks.describe(rule));
            return;
        }
        List<String> operators = new ArrayList<>();
        List<String> combinators = new ArrayList<>();
        for (Iterator<String> it = rule.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (OPERATORS.containsKey(field)) {
                operators.add(field);
            } else if (COMBINATORS.contains(field)) {
                combinators.add(field);
            } else if (!isOtherRuleField(field, topLevel)) {
                problems.schema(at.field(field), unknownRuleField(field, topLevel));
            }
        }
        if (topLevel) {
            requireNext(rule, at);
            if (rule.has("Assign")) {
                templates.assign(rule.get("Assign"), at.field("Assign"), QueryLanguage.JSONPATH);
            }
        }
        if (!combinators.isEmpty()) {
            combination(rule, at, combinators, operators);
        } else {
            comparison(rule, at, operators);
        }
    }

    private static boolean isOtherRuleField(String field, boolean topLevel) {
        return field.equals("Variable") || field.equals("Comment")
                || (topLevel && (field.equals("Next") || field.equals("Assign")));
    }

    private static String unknownRuleField(String field, boolean topLevel) {
        if (!topLevel && (field.equals("Next") || field.equals("Assign"))) {
            return "The field '" + field + "' is only allowed on a top-level choice rule, not inside And, Or or Not";
        }
        return "The field '" + field + "' is not a known choice rule field or comparison operator; a rule has a"
                + " Variable and one operator such as StringEquals, NumericGreaterThan, BooleanEquals,"
                + " TimestampLessThan or IsPresent (each comparison also has a ...Path form), or And, Or or Not";
    }

    private void combination(JsonNode rule, JsonPointer at, List<String> combinators, List<String> operators) {
        if (combinators.size() > 1 || !operators.isEmpty() || rule.has("Variable")) {
            problems.schema(at, "A choice rule must use exactly one of And, Or, Not, or a Variable with one"
                    + " comparison operator; this one has " + String.join(", ", joined(combinators, operators, rule)));
            return;
        }
        String combinator = combinators.get(0);
        JsonNode operand = rule.get(combinator);
        JsonPointer operandAt = at.field(combinator);
        if (combinator.equals("Not")) {
            if (!operand.isObject()) {
                problems.schema(operandAt, "The field 'Not' must be a single choice rule object");
                return;
            }
            jsonPathRule(operand, operandAt, false);
            return;
        }
        if (!operand.isArray() || operand.isEmpty()) {
            problems.schema(operandAt, "The field '" + combinator + "' must be a non-empty array of choice rules");
            return;
        }
        for (int i = 0; i < operand.size(); i++) {
            jsonPathRule(operand.get(i), operandAt.index(i), false);
        }
    }

    private void comparison(JsonNode rule, JsonPointer at, List<String> operators) {
        if (!rule.has("Variable")) {
            problems.schema(at, "These fields are required: [Variable] (or use And, Or or Not)");
        } else {
            checks.path(rule.get("Variable"), at.field("Variable"), "Variable");
        }
        if (operators.size() != 1) {
            problems.schema(at, "A choice rule needs exactly one comparison operator, but has "
                    + (operators.isEmpty() ? "none" : operators.size() + ": " + String.join(", ", operators)));
            return;
        }
        String operator = operators.get(0);
        operand(rule.get(operator), at.field(operator), operator, OPERATORS.get(operator));
    }

    private void operand(JsonNode value, JsonPointer at, String operator, Operand expected) {
        boolean ok = switch (expected) {
            case STRING -> value.isTextual();
            case NUMBER -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case TIMESTAMP -> value.isTextual() && Rfc3339.isTimestamp(value.textValue());
            case PATH -> value.isTextual() && JsonPathSyntax.isPath(value.textValue());
        };
        if (!ok) {
            problems.schema(at, "The operator '" + operator + "' takes " + expected.description + ", not "
                    + ValueChecks.describe(value));
        }
    }

    private void requireNext(JsonNode rule, JsonPointer at) {
        if (!rule.has("Next")) {
            problems.schema(at, "These fields are required: [Next]");
        } else {
            checks.nonEmptyText(rule.get("Next"), at.field("Next"), "Next");
        }
    }

    private static List<String> joined(List<String> combinators, List<String> operators, JsonNode rule) {
        List<String> all = new ArrayList<>(combinators);
        all.addAll(operators);
        if (rule.has("Variable")) {
            all.add("Variable");
        }
        return all;
    }
}
