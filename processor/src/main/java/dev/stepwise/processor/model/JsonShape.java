package dev.stepwise.processor.model;

import java.util.List;

/**
 * The kind of JSON Jackson writes for a Java type, as far as it decides which paths into it can exist: a scalar has
 * no properties and no elements, an array only elements, an object (or a map) only properties.
 */
public sealed interface JsonShape {

    /** How a message names what Jackson writes: "JSON text", "an array", ... */
    String written();

    /** Text, a number or a boolean: a path can go no further. */
    enum Scalar implements JsonShape {
        TEXT("JSON text"), NUMBER("a JSON number"), BOOLEAN("a JSON boolean");

        private final String written;

        Scalar(String written) {
            this.written = written;
        }

        @Override
        public String written() {
            return written;
        }
    }

    /** An array whose elements are of {@code element}: {@code [0]} and {@code [*]} read them. */
    record ArrayOf(JavaType element) implements JsonShape {
        @Override
        public String written() {
            return "a JSON array";
        }
    }

    /** An object of any keys whose values are of {@code value}, as Jackson writes a {@code Map}. */
    record MapOf(JavaType value) implements JsonShape {
        @Override
        public String written() {
            return "a JSON object";
        }
    }

    /**
     * An object with these properties: exactly these when its class is closed, else maybe more of a subclass's
     * ({@link TypeCatalog.Openness}).
     */
    record ObjectOf(List<TypeCatalog.Property> properties, TypeCatalog.Openness openness) implements JsonShape {
        public ObjectOf {
            properties = List.copyOf(properties);
        }

        /** An object with exactly these properties. */
        public ObjectOf(List<TypeCatalog.Property> properties) {
            this(properties, TypeCatalog.Openness.CLOSED);
        }

        @Override
        public String written() {
            return "a JSON object";
        }
    }

    /** JSON whose shape the type does not tell (any JSON, an unknown class, a custom serializer): not checked. */
    record Unknown() implements JsonShape {
        @Override
        public String written() {
            return "any JSON";
        }
    }
}
