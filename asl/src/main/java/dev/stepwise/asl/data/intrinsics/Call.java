package dev.stepwise.asl.data.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.DataScope;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.ValueExpression;
import java.util.List;

/**
 * A compiled intrinsic function call: the function's body bound once, and its compiled arguments.
 * The root call of an expression is the {@link ValueExpression} that {@link Intrinsics#compile} returns.
 */
final class Call implements Argument, ValueExpression {

    private final String source;
    private final Signature signature;
    private final Argument[] arguments;
    private final FunctionBody body;

    Call(String source, FunctionDefinition definition, List<Argument> arguments) {
        this.source = source;
        this.signature = definition.signature();
        this.arguments = arguments.toArray(Argument[]::new);
        this.body = definition.binder().bind(arguments);
    }

    /**
     * Evaluates the arguments, checks their types and applies the function.
     *
     * @return the result, or {@code null} when an argument's path selects nothing (the caller reports which field)
     */
    @Override
    public JsonNode evaluate(DataScope scope) {
        JsonNode[] values = new JsonNode[arguments.length];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = arguments[i].evaluate(scope);
            if (value == null) {
                return null;
            }
            ArgType expected = signature.typeAt(i);
            if (!expected.accepts(value)) {
                throw IntrinsicFailure.of(signature.name(), "argument " + (i + 1) + " must be "
                        + expected.description() + ", but was " + Json.write(value));
            }
            values[i] = value;
        }
        return body.apply(values);
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
