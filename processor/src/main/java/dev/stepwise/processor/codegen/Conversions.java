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

    /** The whole task input read as {@code type}. */
    static CodeBlock whole(JavaType type) {
        return whole(JavaTypes.of(type).box());
    }

    static CodeBlock whole(TypeName type) {
        return CodeBlock.of("$T.read(input, $L)", TASK_JSON, typeToken(type));
    }

    /** One field of the task input converted to {@code type}. */
    static CodeBlock field(String name, JavaType type) {
        return CodeBlock.of("$T.field(input, $S, $L)", TASK_JSON, name, typeToken(JavaTypes.of(type).box()));
    }

    /** A method's result written as the task's JSON output. */
    static CodeBlock json(CodeBlock value) {
        return CodeBlock.of("$T.write($L)", TASK_JSON, value);
    }

    private static CodeBlock typeToken(TypeName type) {
        return isPlain(type) ? CodeBlock.of("$T.class", type) : CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, type);
    }

    /** A class literal names the type exactly only when it has no type arguments. */
    private static boolean isPlain(TypeName type) {
        return !(type instanceof ParameterizedTypeName) && !type.toString().contains("<");
    }
}
