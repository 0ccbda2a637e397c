package dev.stepwise.asl.data.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Compiles JSONPath-mode Choice rules into {@link Condition}s once, with the definition: paths are compiled,
 * constants read and checked (a timestamp constant is parsed here), wildcard patterns turned into regexes.
 */
public final class Conditions {

    /** Fields a rule may carry besides its condition; the interpreter reads them, the condition ignores them. */
    private static final Set<String> RULE_FIELDS = Set.of("Next", "Comment", "Assign");

    private Conditions() {
    }

    /**
     * Compiles one rule object (its {@code Next}, {@code Assign} and {@code Comment} fields are ignored).
     *
     * @throws IllegalArgumentException with a plain message when the rule is malformed
     */
    public static Condition compile(JsonNode rule) {
        if (rule == null || !rule.isObject()) {
            throw new IllegalArgumentException("a Choice rule must be a JSON object, but is " + rule);
        }
        List<String> operators = new ArrayList<>();
        for (Iterator<String> names = rule.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equals("Variable") || RULE_FIELDS.contains(name)) {
                continue;
            }
            if (!isOperator(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "' in Choice rule " + rule);
            }
            operators.add(name);
        }
        if (operators.size() != 1) {
            throw new IllegalArgumentException("a Choice rule needs exactly one operator (or And, Or, Not), but "
                    + (operators.isEmpty() ? "has none" : "has " + operators) + ": " + rule);
        }
        String operator = operators.get(0);
        JsonNode operand = rule.get(operator);
        return switch (operator) {
            case "And" -> new Composites.And(compileAll(operator, operand, rule));
            case "Or" -> new Composites.Or(compileAll(operator, operand, rule));
            case "Not" -> {
                requireNoVariable(operator, rule);
                yield new Composites.Not(compile(operand));
            }
            default -> {
                Operand variable = Operand.compile("Variable", rule.get("Variable"));
                yield Operators.find(operator).compile(variable, operator, operand);
            }
        };
    }

    private static boolean isOperator(String name) {
        return name.equals("And") || name.equals("Or") || name.equals("Not") || Operators.find(name) != null;
    }

    private static Condition[] compileAll(String operator, JsonNode operand, JsonNode rule) {
        requireNoVariable(operator, rule);
        if (!operand.isArray() || operand.isEmpty()) {
            throw new IllegalArgumentException("'" + operator + "' must be a non-empty array of rules, but is "
                    + operand);
        }
        Condition[] conditions = new Condition[operand.size()];
        for (int i = 0; i < conditions.length; i++) {
            conditions[i] = compile(operand.get(i));
        }
        return conditions;
    }

    private static void requireNoVariable(String operator, JsonNode rule) {
        if (rule.has("Variable")) {
            throw new IllegalArgumentException("a rule with '" + operator + "' must not have a 'Variable': " + rule);
        }
    }
}
