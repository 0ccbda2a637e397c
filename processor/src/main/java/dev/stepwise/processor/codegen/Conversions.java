package dev.stepwise.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.stepwise.processor.model.JavaType;

/**
 * The JSON conversions a generated {@code bind} uses: calls to {@code dev.stepwise.workflow.TaskJson}, which has one
 * small signature per conversion instead of Jackson's heavily overloaded generic methods. Plain types go by class
 * literal; only a parameterized type needs a {@code TypeReference} (an anonymous class per use).
 */
final class Conversions {

    private static final ClassName TASK_JSON = ClassName.get("dev.stepwise.workflow", "TaskJson");
    private static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

    private Conversions() {
    }

    /** The task input: {@code input}, or for a {@code lambda:invoke} Task its {@code Payload}, the function's. */
    static CodeBlock input(boolean lambdaPayload) {
        return lambdaPayload ? CodeBlock.of("$T.payload(input)", TASK_JSON) : CodeBlock.of("input");
    }

    /** The whole of {@code source} (JSON text) read as {@code type}. */
    static CodeBlock whole(JavaType type, CodeBlock source) {
        return whole(JavaTypes.of(type).box(), source);
    }

    static CodeBlock whole(TypeName type, CodeBlock source) {
        return CodeBlock.of("$T.read($L, $L)", TASK_JSON, source, typeToken(type));
    }

    /** One field of {@code source} (JSON text) converted to {@code type}. */
    static CodeBlock field(String name, JavaType type, CodeBlock source) {
        return CodeBlock.of("$T.field($L, $S, $L)", TASK_JSON, source, name, typeToken(JavaTypes.of(type).box()));
    }

    /**
     * A method's result written as the task's JSON output; for a {@code lambda:invoke} Task wrapped in the Invoke
     * response, as Step Functions returns the function's result.
     */
    static CodeBlock json(CodeBlock value, boolean lambdaEnvelope) {
        return CodeBlock.of(lambdaEnvelope ? "$T.invocation($L)" : "$T.write($L)", TASK_JSON, value);
    }

    private static CodeBlock typeToken(TypeName type) {
        return isPlain(type) ? CodeBlock.of("$T.class", type) : CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, type);
    }

    /** A class literal names the type exactly only when it has no type arguments. */
    private static boolean isPlain(TypeName type) {
        return !(type instanceof ParameterizedTypeName) && !type.toString().contains("<");
    }
}
