package dev.stepwise.processor.model;

import java.util.List;
import java.util.stream.Collectors;

/** A Java type as the generated code spells it, free of {@code javax.lang.model} so the model stays plain data. */
public sealed interface JavaType {

    JavaType OBJECT = ClassType.of("java.lang", "Object");
    JavaType STRING = ClassType.of("java.lang", "String");
    JavaType NUMBER = ClassType.of("java.math", "BigDecimal");
    JavaType BOOLEAN = ClassType.of("java.lang", "Boolean");
    JavaType INTEGER = ClassType.of("java.lang", "Integer");
    /** Any JSON value: the type of data whose shape the processor cannot see. */
    JavaType JSON = ClassType.of("com.fasterxml.jackson.databind", "JsonNode");
    JavaType VOID = new PrimitiveType("void");

    /** The name as it reads in source, with type arguments. */
    String display();

    static JavaType listOf(JavaType element) {
        return new ClassType("java.util", List.of("List"), List.of(element));
    }

    /** A class or interface, possibly nested ({@code simpleNames} outermost first) and parameterized. */
    record ClassType(String packageName, List<String> simpleNames, List<JavaType> typeArguments) implements JavaType {
        public ClassType {
            simpleNames = List.copyOf(simpleNames);
            typeArguments = List.copyOf(typeArguments);
        }

        public static ClassType of(String packageName, String simpleName) {
            return new ClassType(packageName, List.of(simpleName), List.of());
        }

        /** The qualified name without type arguments, as {@link TypeCatalog} keys it. */
        public String qualifiedName() {
            String nested = String.join(".", simpleNames);
            return packageName.isEmpty() ? nested : packageName + "." + nested;
        }

        @Override
        public String display() {
            String base = String.join(".", simpleNames);
            return typeArguments.isEmpty() ? base
                    : typeArguments.stream().map(JavaType::display).collect(Collectors.joining(", ", base + "<", ">"));
        }
    }

    record PrimitiveType(String keyword) implements JavaType {
        @Override
        public String display() {
            return keyword;
        }
    }

    record ArrayType(JavaType component) implements JavaType {
        @Override
        public String display() {
            return component.display() + "[]";
        }
    }

    /**
     * A wildcard type argument, {@code ?}, {@code ? extends upper} or {@code ? super lower}: generated code must
     * spell it as the user did, since {@code List<Object>} is no {@code List<? extends Number>}.
     *
     * @param upper the {@code extends} bound, or null
     * @param lower the {@code super} bound, or null
     */
    record Wildcard(JavaType upper, JavaType lower) implements JavaType {
        /** The type a value read through this wildcard has: its upper bound, else any object. */
        public JavaType bound() {
            return upper != null ? upper : OBJECT;
        }

        @Override
        public String display() {
            return upper != null ? "? extends " + upper.display() : lower != null ? "? super " + lower.display() : "?";
        }
    }

    /**
     * A type parameter of a generic user type, as its property types mention it ({@code T} in
     * {@code record Page<T>(List<T> items)}): {@link TypeCatalog} replaces it with the argument a use gives.
     */
    record TypeVariable(String name) implements JavaType {
        @Override
        public String display() {
            return name;
        }
    }
}
