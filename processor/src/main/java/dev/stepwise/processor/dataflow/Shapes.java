package dev.stepwise.processor.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.LambdaEnvelope;
import dev.stepwise.processor.model.TypeCatalog;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON shapes type tracking can see: the user types of the {@link TypeCatalog} and the error output a catcher
 * places ({@code {"Error": ..., "Cause": ...}}), which has no Java class of its own.
 */
final class Shapes {

    /**
     * The error output's type in tracking only: its name, not a Java identifier, can meet no user class and reads
     * well in a diagnostic. Generated records see it as JSON ({@link #erase}).
     */
    static final JavaType ERROR_OUTPUT = JavaType.ClassType.of("", "the error output");

    private static final List<TypeCatalog.Property> ERROR_OUTPUT_FIELDS = List.of(
            new TypeCatalog.Property("Error", JavaType.STRING), new TypeCatalog.Property("Cause", JavaType.STRING));

    /** Collections whose single type argument is the element type of the JSON array they bind to. */
    private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Collection", "java.util.Set",
            "java.lang.Iterable", "java.util.ArrayList", "java.util.LinkedList", "java.util.SortedSet");

    private final TypeCatalog catalog;

    Shapes(TypeCatalog catalog) {
        this.catalog = catalog;
    }

    /** The JSON properties of a type, when it is one whose shape is known. */
    Optional<List<TypeCatalog.Property>> propertiesOf(JavaType type) {
        if (type.equals(ERROR_OUTPUT)) {
            return Optional.of(ERROR_OUTPUT_FIELDS);
        }
        return LambdaEnvelope.propertiesOf(type).or(() -> catalog.propertiesOf(type));
    }

    /** The type found by following {@code segments} as properties from {@code type}; empty when one is unknown. */
    Optional<JavaType> typeWithin(Optional<JavaType> type, List<String> segments) {
        Optional<JavaType> current = type;
        for (String segment : segments) {
            current = current.flatMap(t -> propertyType(t, segment));
        }
        return current;
    }

    /** The type of a property of a type; empty when the property is missing or the shape unknown. */
    Optional<JavaType> propertyType(JavaType type, String name) {
        return propertiesOf(type).flatMap(ps -> ps.stream().filter(p -> p.name().equals(name)).findFirst())
                .map(TypeCatalog.Property::type);
    }

    /**
     * A document holding a value of this type: its properties when known, else nothing certain of its fields; either
     * way it is a whole value of the type (a String, a list), as what a Parallel branch or Map iteration outputs.
     */
    Document documentOf(JavaType type) {
        return propertiesOf(type).map(properties -> Document.closed(properties).valueOf(type))
                .orElseGet(() -> type.equals(JavaType.JSON) ? Document.opaque() : Document.opaque().valueOf(type));
    }

    /** The type of a literal JSON value in a payload template: text, number, boolean, else any JSON. */
    static JavaType literal(JsonNode value) {
        if (value.isTextual()) {
            return JavaType.STRING;
        } else if (value.isNumber()) {
            return JavaType.NUMBER;
        } else if (value.isBoolean()) {
            return JavaType.BOOLEAN;
        }
        return JavaType.JSON;
    }

    /**
     * The element type of an array or collection type (a wildcard element's bound: what its elements are); empty
     * for any other type or a raw collection.
     */
    static Optional<JavaType> elementOf(JavaType type) {
        if (type instanceof JavaType.ArrayType array) {
            return Optional.of(array.component());
        }
        if (type instanceof JavaType.ClassType c && COLLECTIONS.contains(c.qualifiedName())
                && c.typeArguments().size() == 1) {
            JavaType element = c.typeArguments().get(0);
            return Optional.of(element instanceof JavaType.Wildcard wildcard ? wildcard.bound() : element);
        }
        return Optional.empty();
    }

    /** The type as generated records declare it: the error output, which has no class, as any JSON. */
    static JavaType erase(JavaType type) {
        return type.equals(ERROR_OUTPUT) ? JavaType.JSON : type;
    }
}
