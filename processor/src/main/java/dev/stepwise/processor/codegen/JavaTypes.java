package dev.stepwise.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.stepwise.processor.model.JavaType;
import java.util.List;
import java.util.Set;

/** Maps model types to JavaPoet types, and JSON names to Java identifiers. */
final class JavaTypes {

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "record", "var", "yield");

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
        var declared = (JavaType.ClassType) type;
        List<String> names = declared.simpleNames();
        ClassName raw = ClassName.get(declared.packageName(), names.get(0),
                names.subList(1, names.size()).toArray(String[]::new));
        if (declared.typeArguments().isEmpty()) {
            return raw;
        }
        return ParameterizedTypeName.get(raw, declared.typeArguments().stream().map(JavaTypes::of).toArray(TypeName[]::new));
    }

    /** A Java identifier for a JSON field name: invalid characters dropped camel-case style, keywords suffixed. */
    static String identifier(String jsonName) {
        var result = new StringBuilder();
        boolean upper = false;
        for (char c : jsonName.toCharArray()) {
            if (Character.isJavaIdentifierPart(c) && c != '$') {
                result.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = result.length() > 0;
            }
        }
        if (result.length() == 0 || !Character.isJavaIdentifierStart(result.charAt(0))) {
            result.insert(0, '_');
        }
        String name = result.toString();
        return KEYWORDS.contains(name) ? name + "_" : name;
    }

    /** A type-name fragment for a state name: {@code "Charge card"} gives {@code ChargeCard}. */
    static String typeFragment(String stateName) {
        String identifier = identifier(stateName);
        return Character.toUpperCase(identifier.charAt(0)) + identifier.substring(1);
    }
}
