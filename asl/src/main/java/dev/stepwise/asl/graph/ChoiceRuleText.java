package dev.stepwise.asl.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Choice rule as a reader would say it, for the label of its arrow: {@code $.total > 1000 or $.vip == true}, or a
 * JSONata condition without its {@code {% %}}. Drawing only: the engine compiles rules in {@code data.choice}.
 */
final class ChoiceRuleText {

    private static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("Equals", "=="), Map.entry("GreaterThan", ">"), Map.entry("GreaterThanEquals", ">="),
            Map.entry("LessThan", "<"), Map.entry("LessThanEquals", "<="), Map.entry("Matches", "matches"));
    private static final List<String> KINDS = List.of("String", "Numeric", "Boolean", "Timestamp");

    private ChoiceRuleText() {
    }

    /** The rule's condition, or "Rule N" when it has none that can be said. */
    static String of(JsonNode rule, int number) {
        String text = condition(rule, 0);
        return text.isEmpty() ? "Rule " + number : text;
    }

    private static String condition(JsonNode rule, int depth) {
        if (depth > 20 || !rule.isObject()) {
            return "…";
        }
        if (rule.path("Condition").isTextual()) {
            return stripJsonata(rule.get("Condition").asText());
        }
        for (String composite : List.of("And", "Or")) {
            if (rule.path(composite).isArray()) {
                List<String> parts = new ArrayList<>();
                rule.get(composite).forEach(part -> parts.add(group(part, depth)));
                return String.join(" " + composite.toLowerCase() + " ", parts);
            }
        }
        if (rule.has("Not")) {
            return "not " + group(rule.get("Not"), depth);
        }
        String variable = rule.path("Variable").asText("");
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) rule::fields) {
            String said = comparison(field.getKey(), field.getValue());
            if (said != null) {
                return (variable + " " + said).trim();
            }
        }
        return "";
    }

    private static String group(JsonNode part, int depth) {
        String text = condition(part, depth + 1);
        return part.has("And") || part.has("Or") ? "(" + text + ")" : text;
    }

    private static String comparison(String operator, JsonNode value) {
        if (operator.startsWith("Is")) {
            String test = operator.substring(2);
            return (value.asBoolean(true) ? "is " : "is not ") + test.toLowerCase();
        }
        boolean path = operator.endsWith("Path");
        String bare = path ? operator.substring(0, operator.length() - 4) : operator;
        for (String kind : KINDS) {
            if (bare.startsWith(kind) && OPERATORS.containsKey(bare.substring(kind.length()))) {
                return OPERATORS.get(bare.substring(kind.length())) + " " + (path ? value.asText() : value.toString());
            }
        }
        return null;
    }

    private static String stripJsonata(String condition) {
        String text = condition.trim();
        if (text.startsWith("{%") && text.endsWith("%}")) {
            text = text.substring(2, text.length() - 2).trim();
        }
        return text;
    }
}
