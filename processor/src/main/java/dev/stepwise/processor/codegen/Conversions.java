package dev.stepwise.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.stepwise.processor.model.JavaType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The JSON conversions a generated {@code bind} uses, as small private helpers of the generated class. Each Task
 * lambda calls a helper with one signature instead of Jackson's heavily overloaded generic methods, and names plain
 * types by class literal instead of an anonymous {@code TypeReference} subclass: javac resolves and infers each
 * Jackson call once per class rather than once per Task, and writes no extra class file per Task.
 */
final class Conversions {

    static final String JSON = "json";

    private static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
    private static final ClassName PROCESSING_EXCEPTION =
            ClassName.get("com.fasterxml.jackson.core", "JsonProcessingException");
    private static final TypeVariableName T = TypeVariableName.get("T");

    private enum Helper { JSON, WHOLE, WHOLE_GENERIC, FIELD, FIELD_GENERIC }

    private final Set<Helper> used = new LinkedHashSet<>();

    /** The whole task input read as {@code type}. */
    CodeBlock whole(JavaType type) {
        return whole(JavaTypes.of(type).box());
    }

    CodeBlock whole(TypeName type) {
        boolean plain = isPlain(type);
        used.add(plain ? Helper.WHOLE : Helper.WHOLE_GENERIC);
        return plain ? CodeBlock.of("read(input, $T.class)", type)
                : CodeBlock.of("readGeneric(input, new $T<$T>() {})", TYPE_REFERENCE, type);
    }

    /** One field of the task input converted to {@code type}. */
    CodeBlock field(String name, JavaType type) {
        TypeName boxed = JavaTypes.of(type).box();
        boolean plain = isPlain(boxed);
        used.add(plain ? Helper.FIELD : Helper.FIELD_GENERIC);
        return plain ? CodeBlock.of("field(input, $S, $T.class)", name, boxed)
                : CodeBlock.of("fieldGeneric(input, $S, new $T<$T>() {})", name, TYPE_REFERENCE, boxed);
    }

    /** Marks the result serializer as used; the caller writes {@code json(...)}. */
    String json() {
        used.add(Helper.JSON);
        return JSON;
    }

    /** The helpers the calls handed out so far need. */
    List<MethodSpec> methods() {
        List<MethodSpec> methods = new ArrayList<>();
        for (Helper helper : used) {
            methods.add(method(helper));
        }
        return methods;
    }

    /** A class literal names the type exactly only when it has no type arguments. */
    private static boolean isPlain(TypeName type) {
        return !(type instanceof ParameterizedTypeName) && !type.toString().contains("<");
    }

    private static MethodSpec method(Helper helper) {
        ClassName string = ClassName.get(String.class);
        MethodSpec.Builder method = switch (helper) {
            case JSON -> MethodSpec.methodBuilder(JSON).returns(string)
                    .addParameter(Object.class, "value")
                    .addStatement("return MAPPER.writeValueAsString(value)");
            case WHOLE -> generic("read").addParameter(string, "input")
                    .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), T), "type")
                    .addStatement("return MAPPER.readValue(input, type)");
            case WHOLE_GENERIC -> generic("readGeneric").addParameter(string, "input")
                    .addParameter(ParameterizedTypeName.get(TYPE_REFERENCE, T), "type")
                    .addStatement("return MAPPER.readValue(input, type)");
            case FIELD -> generic("field").addParameter(string, "input").addParameter(string, "name")
                    .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), T), "type")
                    .addStatement("return MAPPER.convertValue(MAPPER.readTree(input).get(name), type)");
            case FIELD_GENERIC -> generic("fieldGeneric").addParameter(string, "input").addParameter(string, "name")
                    .addParameter(ParameterizedTypeName.get(TYPE_REFERENCE, T), "type")
                    .addStatement("return MAPPER.convertValue(MAPPER.readTree(input).get(name), type)");
        };
        return method.addModifiers(Modifier.PRIVATE, Modifier.STATIC).addException(PROCESSING_EXCEPTION).build();
    }

    private static MethodSpec.Builder generic(String name) {
        return MethodSpec.methodBuilder(name).addTypeVariable(T).returns(T);
    }
}
