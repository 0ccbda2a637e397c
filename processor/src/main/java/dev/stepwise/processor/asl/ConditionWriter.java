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
            String operator = operator(compare);
            if (compare.otherPath() != null) {
                rule.put(operator + "Path", compare.otherPath());
            } else if (compare.literal() instanceof BigDecimal number) {
                rule.put(operator, number);
            } else if (compare.literal() instanceof Boolean bool) {
                rule.put(operator, bool);
            } else {
                rule.put(operator, (String) compare.literal());
            }
        } else if (condition instanceof Condition.Matches matches) {
            rule.put("Variable", matches.variable());
            rule.put("StringMatches", matches.pattern());
        } else if (condition instanceof Condition.Is is) {
            rule.put("Variable", is.variable());
            rule.put(testName(is.test()), is.expected());
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

    private static String operator(Condition.Compare compare) {
        String family = switch (compare.kind()) {
            case STRING -> "String";
            case NUMERIC -> "Numeric";
            case BOOLEAN -> "Boolean";
            case TIMESTAMP -> "Timestamp";
        };
        String relation = switch (compare.relation()) {
            case EQ -> "Equals";
            case LT -> "LessThan";
            case LE -> "LessThanEquals";
            case GT -> "GreaterThan";
            case GE -> "GreaterThanEquals";
        };
        return family + relation;
    }

    private static String testName(Condition.Test test) {
        return switch (test) {
            case PRESENT -> "IsPresent";
            case NULL -> "IsNull";
            case NUMBER -> "IsNumeric";
            case STRING -> "IsString";
            case BOOLEAN -> "IsBoolean";
            case TIMESTAMP -> "IsTimestamp";
        };
    }
}
