package dev.stepwise.processor.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.JsonShape;
import dev.stepwise.processor.model.LambdaEnvelope;
import dev.stepwise.processor.model.TypeCatalog;
import java.util.List;
import java.util.Optional;

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

    private final TypeCatalog catalog;

    Shapes(TypeCatalog catalog) {
        this.catalog = catalog;
    }

    /** The JSON Jackson writes for a type, the error output and Lambda's Invoke response included. */
    JsonShape shapeOf(JavaType type) {
        if (type.equals(ERROR_OUTPUT)) {
            return new JsonShape.ObjectOf(ERROR_OUTPUT_FIELDS);
        }
        return LambdaEnvelope.propertiesOf(type).<JsonShape>map(JsonShape.ObjectOf::new)
                .orElseGet(() -> catalog.shapeOf(type));
    }

    /** The type found by following {@code segments} as properties from {@code type}; empty when one is unknown. */
    Optional<JavaType> typeWithin(Optional<JavaType> type, List<String> segments) {
        Optional<JavaType> current = type;
        for (String segment : segments) {
            current = current.flatMap(t -> propertyType(t, segment));
        }
        return current;
    }

    /** The type of a property of a type (any key of a map); empty when the property is missing or the shape unknown. */
    Optional<JavaType> propertyType(JavaType type, String name) {
        JsonShape shape = shapeOf(type);
        if (shape instanceof JsonShape.MapOf map) {
            return Optional.of(map.value());
        }
        if (!(shape instanceof JsonShape.ObjectOf object)) {
            return Optional.empty();
        }
        return object.properties().stream().filter(p -> p.name().equals(name)).findFirst()
                .map(TypeCatalog.Property::type);
    }

    /**
     * A document holding a value of this type: its properties when known, else nothing certain of its fields; either
     * way it is a whole value of the type (a String, a list), as what a Parallel branch or Map iteration outputs.
     */
    Document documentOf(JavaType type) {
        if (shapeOf(type) instanceof JsonShape.ObjectOf object) {
            return Document.closed(object.properties()).valueOf(type).ofClass(type, object.openness());
        }
        return type.equals(JavaType.JSON) ? Document.opaque() : Document.opaque().valueOf(type);
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
     * The element type of a type Jackson writes as an array (a wildcard element's bound: what its elements are; any
     * JSON for a raw collection); empty for any other type.
     */
    Optional<JavaType> elementOf(JavaType type) {
        if (shapeOf(type) instanceof JsonShape.ArrayOf array) {
            JavaType element = array.element();
            return Optional.of(element instanceof JavaType.Wildcard wildcard ? wildcard.bound() : element);
        }
        return Optional.empty();
    }

    /** The type as generated records declare it: the error output, which has no class, as any JSON. */
    static JavaType erase(JavaType type) {
        return type.equals(ERROR_OUTPUT) ? JavaType.JSON : type;
    }
}
