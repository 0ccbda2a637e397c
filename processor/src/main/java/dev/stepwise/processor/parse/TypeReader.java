package dev.stepwise.processor.parse;

import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.TypeCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Turns {@link TypeMirror}s into {@link JavaType}s and records the JSON properties of every user type it meets
 * (record components, public fields, bean getters), so type tracking can check paths without javac.
 */
final class TypeReader {

    private final Elements elements;
    private final Map<String, List<TypeCatalog.Property>> catalog = new LinkedHashMap<>();

    TypeReader(Elements elements) {
        this.elements = elements;
    }

    TypeCatalog catalog() {
        return new TypeCatalog(catalog);
    }

    JavaType read(TypeMirror type) {
        return switch (type.getKind()) {
            case VOID -> JavaType.VOID;
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE -> new JavaType.PrimitiveType(type.toString());
            case ARRAY -> new JavaType.ArrayType(read(((ArrayType) type).getComponentType()));
            case DECLARED -> declared((DeclaredType) type);
            default -> JavaType.OBJECT;
        };
    }

    /** The class by package and simple names, outermost first. */
    static JavaType.ClassType classType(TypeElement element, Elements elements) {
        var names = new ArrayList<String>();
        Element current = element;
        while (current instanceof TypeElement) {
            names.add(0, current.getSimpleName().toString());
            current = current.getEnclosingElement();
        }
        return new JavaType.ClassType(elements.getPackageOf(element).getQualifiedName().toString(), names, List.of());
    }

    private JavaType declared(DeclaredType type) {
        var element = (TypeElement) type.asElement();
        JavaType.ClassType raw = classType(element, elements);
        var arguments = new ArrayList<JavaType>();
        for (TypeMirror argument : type.getTypeArguments()) {
            arguments.add(argument.getKind() == TypeKind.DECLARED || argument.getKind() == TypeKind.ARRAY
                    ? read(argument) : JavaType.OBJECT);
        }
        String packageName = raw.packageName();
        var javaType = new JavaType.ClassType(packageName, raw.simpleNames(), arguments);
        if (!packageName.startsWith("java.") && !packageName.startsWith("javax.")
                && !packageName.startsWith("com.fasterxml.")) {
            describe(element, javaType.qualifiedName());
        }
        return javaType;
    }

    private void describe(TypeElement element, String qualifiedName) {
        if (catalog.containsKey(qualifiedName) || element.getKind() == ElementKind.ENUM) {
            return;
        }
        catalog.put(qualifiedName, List.of());
        var properties = new ArrayList<TypeCatalog.Property>();
        for (DeclaredProperty property : declaredProperties(element)) {
            properties.add(new TypeCatalog.Property(property.name(), read(property.type())));
        }
        if (properties.isEmpty()) {
            catalog.remove(qualifiedName);
        } else {
            catalog.put(qualifiedName, List.copyOf(properties));
        }
    }

    /** A JSON property of a user type, with the type its declaration gives it. */
    record DeclaredProperty(String name, TypeMirror type) {
    }

    /** The JSON properties of a user type: its record components, else its public fields and bean getters. */
    static List<DeclaredProperty> declaredProperties(TypeElement element) {
        var properties = new ArrayList<DeclaredProperty>();
        if (element.getKind() == ElementKind.RECORD) {
            for (RecordComponentElement component : element.getRecordComponents()) {
                properties.add(new DeclaredProperty(component.getSimpleName().toString(), component.asType()));
            }
        } else {
            for (Element member : element.getEnclosedElements()) {
                property(member).ifPresent(properties::add);
            }
        }
        return properties;
    }

    private static java.util.Optional<DeclaredProperty> property(Element member) {
        if (!member.getModifiers().contains(Modifier.PUBLIC) || member.getModifiers().contains(Modifier.STATIC)) {
            return java.util.Optional.empty();
        }
        if (member instanceof VariableElement field && member.getKind() == ElementKind.FIELD) {
            return java.util.Optional.of(new DeclaredProperty(field.getSimpleName().toString(), field.asType()));
        }
        if (member instanceof ExecutableElement method && method.getKind() == ElementKind.METHOD
                && method.getParameters().isEmpty()) {
            String name = method.getSimpleName().toString();
            boolean isGetter = name.startsWith("get") && name.length() > 3 && !name.equals("getClass");
            boolean isBoolean = name.startsWith("is") && name.length() > 2
                    && method.getReturnType().getKind() == TypeKind.BOOLEAN;
            if (isGetter || isBoolean) {
                String bare = name.substring(isGetter ? 3 : 2);
                String property = Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
                return java.util.Optional.of(new DeclaredProperty(property, method.getReturnType()));
            }
        }
        return java.util.Optional.empty();
    }
}
