package dev.stepwise.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.stepwise.processor.model.JavaType;
import java.util.List;

/** Maps model types to JavaPoet types. */
final class JavaTypes {

    private JavaTypes() {
    }

    static TypeName of(JavaType type) {
        if (type instanceof JavaType.PrimitiveType primitive) {
            return switch (primitive.keyword()) {
                case "boolean" -> TypeName.BOOLEAN;
                case "byte" -> TypeName.BYTE;
                case "short" -> TypeName.SHORT;
                case "int" -> TypeName.INT;
                case "long" -> TypeName.LONG;
                case "char" -> TypeName.CHAR;
                case "float" -> TypeName.FLOAT;
                case "double" -> TypeName.DOUBLE;
                default -> TypeName.VOID;
            };
        }
        if (type instanceof JavaType.ArrayType array) {
            return ArrayTypeName.of(of(array.component()));
        }
        if (type instanceof JavaType.Wildcard wildcard) {
            return wildcard.lower() != null ? WildcardTypeName.supertypeOf(of(wildcard.lower()))
                    : WildcardTypeName.subtypeOf(of(wildcard.bound()));
        }
        if (type instanceof JavaType.TypeVariable) {
            return ClassName.OBJECT; // the catalog fills type variables in; one left open is read as any object
        }
        var declared = (JavaType.ClassType) type;
        List<String> names = declared.simpleNames();
        ClassName raw = ClassName.get(declared.packageName(), names.get(0),
                names.subList(1, names.size()).toArray(String[]::new));
        if (declared.typeArguments().isEmpty()) {
            return raw;
        }
        return ParameterizedTypeName.get(raw, declared.typeArguments().stream().map(JavaTypes::of).toArray(TypeName[]::new));
    }
}
