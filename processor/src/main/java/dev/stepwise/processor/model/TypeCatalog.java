package dev.stepwise.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON shape of the user types a workflow exchanges: for each class whose properties the processor could see
 * (records, beans), its properties in declaration order. Types missing here are open: any path into them is allowed.
 */
public record TypeCatalog(Map<String, List<Property>> properties) {

    public TypeCatalog {
        properties = Map.copyOf(properties);
    }

    /** A JSON property of a class and the Java type it holds. */
    public record Property(String name, JavaType type) {
    }

    public Optional<List<Property>> propertiesOf(JavaType type) {
        if (type instanceof JavaType.ClassType c) {
            return Optional.ofNullable(properties.get(c.qualifiedName()));
        }
        return Optional.empty();
    }
}
