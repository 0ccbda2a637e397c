package dev.stepwise.processor.asl;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.processor.model.Condition;
import java.math.BigDecimal;
import java.util.List;

/** Writes a parsed condition as an ASL Choice rule: comparison operators, {@code Is...} tests, nested And/Or/Not. */
final class ConditionWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConditionWriter() {
    }

    static ObjectNode rule(Condition condition) {
        ObjectNode rule = NODES.objectNode();
        if (condition instanceof Condition.Compare compare) {
            rule.put("Variable", compare.variable());
            String operator = compare.operator();
            if (compare.otherPath() != null) {
                rule.put(operator, compare.otherPath());
            } else if (compare.literal() instanceof BigDecimal number) {
                rule.put(operator, number);
            } else if (compare.literal() instanceof Boolean bool) {
                rule.put(operator, bool);
            } else {
                rule.put(operator, (String) compare.literal());
            }
        } else if (condition instanceof Condition.Matches matches) {
            rule.put("Variable", matches.variable());
            rule.put(matches.operator(), matches.pattern());
        } else if (condition instanceof Condition.Is is) {
            rule.put("Variable", is.variable());
            rule.put(is.test().operator(), is.expected());
        } else if (condition instanceof Condition.All all) {
            rule.set("And", rules(all.operands()));
        } else if (condition instanceof Condition.Any any) {
            rule.set("Or", rules(any.operands()));
        } else if (condition instanceof Condition.Not not) {
            rule.set("Not", rule(not.operand()));
        }
        return rule;
    }

    private static ArrayNode rules(List<Condition> operands) {
        ArrayNode array = NODES.arrayNode();
        operands.forEach(operand -> array.add(rule(operand)));
        return array;
    }
}
