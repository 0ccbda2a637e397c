package dev.stepwise.asl.data.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/** Every comparison operator by name, each with how to compile its operand. */
final class Operators {

    /** Compiles a rule whose Variable and operator are known. */
    @FunctionalInterface
    interface OperatorCompiler {
        Condition compile(Operand variable, String operator, JsonNode operand);
    }

    private static final Map<String, OperatorCompiler> OPERATORS = build();

    private Operators() {
    }

    /** The operator's compiler, or {@code null} when no operator has that name. */
    static OperatorCompiler find(String name) {
        return OPERATORS.get(name);
    }

    private static Map<String, OperatorCompiler> build() {
        Map<String, OperatorCompiler> operators = new HashMap<>();
        for (Relation relation : Relation.values()) {
            addComparisons(operators, ValueKind.STRING, relation);
            addComparisons(operators, ValueKind.NUMBER, relation);
            addComparisons(operators, ValueKind.TIMESTAMP, relation);
        }
        addComparisons(operators, ValueKind.BOOLEAN, Relation.EQUALS);
        operators.put("StringMatches", (variable, operator, operand) ->
                new Comparisons.Matches(variable, WildcardPattern.compile(textOperand(operator, operand))));
        addTypeTest(operators, "IsNull", JsonNode::isNull);
        addTypeTest(operators, "IsNumeric", JsonNode::isNumber);
        addTypeTest(operators, "IsString", JsonNode::isTextual);
        addTypeTest(operators, "IsBoolean", JsonNode::isBoolean);
        addTypeTest(operators, "IsTimestamp", TypeTests::isTimestamp);
        operators.put("IsPresent", (variable, operator, operand) ->
                new TypeTests.Present(variable, booleanOperand(operator, operand)));
        return Map.copyOf(operators);
    }

    private static <T extends Comparable<T>> void addComparisons(Map<String, OperatorCompiler> operators,
                                                                 ValueKind<T> kind, Relation relation) {
        String name = kind.prefix() + relation.suffix();
        operators.put(name, (variable, operator, operand) -> {
            T constant = operand == null ? null : kind.read(operand);
            if (constant == null) {
                throw new IllegalArgumentException("'" + operator + "' must be " + kind.description() + ", but is "
                        + operand);
            }
            return new Comparisons.AgainstConstant<>(variable, kind, relation, constant);
        });
        operators.put(name + "Path", (variable, operator, operand) ->
                new Comparisons.AgainstPath<>(variable, kind, relation, Operand.compile(operator, operand)));
    }

    private static void addTypeTest(Map<String, OperatorCompiler> operators, String name, Predicate<JsonNode> type) {
        operators.put(name, (variable, operator, operand) ->
                new TypeTests.OfType(variable, type, booleanOperand(operator, operand)));
    }

    private static boolean booleanOperand(String operator, JsonNode operand) {
        if (!operand.isBoolean()) {
            throw new IllegalArgumentException("'" + operator + "' must be true or false, but is " + operand);
        }
        return operand.booleanValue();
    }

    private static String textOperand(String operator, JsonNode operand) {
        if (!operand.isTextual()) {
            throw new IllegalArgumentException("'" + operator + "' must be a string, but is " + operand);
        }
        return operand.textValue();
    }
}
