package dev.stepwise.processor.dataflow;

import dev.stepwise.processor.model.JavaType;
import java.util.Map;
import java.util.Optional;

/**
 * The types of JSONata values whose type shows in the expression alone: literals, and calls to built-in functions
 * that always return one type (or nothing, which a nullable record field holds as well).
 */
final class JsonataValues {

    private static final Map<String, JavaType> FUNCTIONS = Map.ofEntries(
            Map.entry("string", JavaType.STRING), Map.entry("substring", JavaType.STRING),
            Map.entry("substringBefore", JavaType.STRING), Map.entry("substringAfter", JavaType.STRING),
            Map.entry("uppercase", JavaType.STRING), Map.entry("lowercase", JavaType.STRING),
            Map.entry("trim", JavaType.STRING), Map.entry("pad", JavaType.STRING), Map.entry("join", JavaType.STRING),
            Map.entry("replace", JavaType.STRING), Map.entry("formatNumber", JavaType.STRING),
            Map.entry("now", JavaType.STRING), Map.entry("uuid", JavaType.STRING),
            Map.entry("number", JavaType.NUMBER), Map.entry("abs", JavaType.NUMBER),
            Map.entry("floor", JavaType.NUMBER), Map.entry("ceil", JavaType.NUMBER),
            Map.entry("round", JavaType.NUMBER), Map.entry("power", JavaType.NUMBER),
            Map.entry("sqrt", JavaType.NUMBER), Map.entry("sum", JavaType.NUMBER), Map.entry("max", JavaType.NUMBER),
            Map.entry("min", JavaType.NUMBER), Map.entry("average", JavaType.NUMBER),
            Map.entry("millis", JavaType.NUMBER), Map.entry("count", JavaType.INTEGER),
            Map.entry("length", JavaType.INTEGER), Map.entry("boolean", JavaType.BOOLEAN),
            Map.entry("not", JavaType.BOOLEAN), Map.entry("exists", JavaType.BOOLEAN),
            Map.entry("contains", JavaType.BOOLEAN));

    private JsonataValues() {
    }

    /** The Java type of a literal of this kind. */
    static JavaType typeOf(JsonataForms.Literal literal) {
        return switch (literal) {
            case STRING -> JavaType.STRING;
            case NUMBER -> JavaType.NUMBER;
            case BOOLEAN -> JavaType.BOOLEAN;
        };
    }

    /** The type of a literal or of a call to one of these functions; empty for any other expression. */
    static Optional<JavaType> typeOf(String expression) {
        Optional<JsonataForms.Literal> literal = JsonataForms.literal(expression);
        if (literal.isPresent()) {
            return Optional.of(typeOf(literal.get()));
        }
        return JsonataForms.functionName(expression).map(FUNCTIONS::get);
    }
}
