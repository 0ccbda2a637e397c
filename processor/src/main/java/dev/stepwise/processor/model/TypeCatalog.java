package dev.stepwise.processor.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON shape of the user types a workflow exchanges: for each class whose properties the processor could see
 * (records, beans), its properties in declaration order, the type parameters of a generic one, and the enums.
 * With the JDK's types ({@link JdkJson}) it tells the {@link JsonShape} of each type; any other type is open: any
 * path into it is allowed.
 *
 * @param properties     the properties by qualified class name; a generic class's mention its type parameters
 * @param typeParameters the type parameter names of each generic class, in order
 * @param enums          the enums Jackson writes as a name (no {@code @JsonValue} or {@code @JsonFormat}), the
 *                       JDK's included
 */
public record TypeCatalog(Map<String, List<Property>> properties, Map<String, List<String>> typeParameters,
                          Set<String> enums) {

    public TypeCatalog {
        properties = Map.copyOf(properties);
        typeParameters = Map.copyOf(typeParameters);
        enums = Set.copyOf(enums);
    }

    public TypeCatalog(Map<String, List<Property>> properties) {
        this(properties, Map.of(), Set.of());
    }

    /**
     * The JSON Jackson writes for a type: a catalogued class's properties, an enum's name, a primitive, array or
     * JDK type's JSON ({@code byte[]} is base64 text, {@code char[]} text, an {@code Optional} its value), else
     * unknown.
     */
    public JsonShape shapeOf(JavaType type) {
        if (type instanceof JavaType.Wildcard wildcard) {
            return shapeOf(wildcard.bound());
        } else if (type instanceof JavaType.PrimitiveType primitive) {
            return JdkJson.shapeOf(primitive);
        } else if (type instanceof JavaType.ArrayType array) {
            return array.component() instanceof JavaType.PrimitiveType p
                    && (p.keyword().equals("byte") || p.keyword().equals("char"))
                    ? JsonShape.Scalar.TEXT : new JsonShape.ArrayOf(array.component());
        } else if (type instanceof JavaType.ClassType c) {
            if (enums.contains(c.qualifiedName())) {
                return JsonShape.Scalar.TEXT;
            }
            return propertiesOf(c).<JsonShape>map(JsonShape.ObjectOf::new)
                    .orElseGet(() -> JdkJson.shapeOf(c, this::shapeOf));
        }
        return new JsonShape.Unknown();
    }

    /** A JSON property of a class and the Java type it holds. */
    public record Property(String name, JavaType type) {
    }

    /**
     * The properties of a type, with the type arguments of a parameterized generic class in place of its type
     * parameters ({@code Page<Item>}'s {@code items} is a {@code List<Item>}); a parameter a raw use leaves open,
     * or a wildcard's bound, is what a value read through it has.
     */
    public Optional<List<Property>> propertiesOf(JavaType type) {
        JavaType read = type instanceof JavaType.Wildcard wildcard ? wildcard.bound() : type;
        if (!(read instanceof JavaType.ClassType c)) {
            return Optional.empty();
        }
        Optional<List<Property>> declared = Optional.ofNullable(properties.get(c.qualifiedName()));
        List<String> parameters = typeParameters.getOrDefault(c.qualifiedName(), List.of());
        var arguments = new HashMap<String, JavaType>();
        for (int k = 0; k < parameters.size(); k++) {
            arguments.put(parameters.get(k),
                    k < c.typeArguments().size() ? c.typeArguments().get(k) : JavaType.OBJECT);
        }
        return declared.map(ps -> ps.stream()
                .map(p -> new Property(p.name(), substitute(p.type(), arguments, true))).toList());
    }

    /**
     * The type with each type parameter replaced by its argument. A wildcard argument stays a wildcard inside type
     * arguments; standing as the type itself (a property {@code T value} of a {@code Box<? extends Item>}), it is
     * the type its values have, its bound.
     */
    private static JavaType substitute(JavaType type, Map<String, JavaType> arguments, boolean whole) {
        if (type instanceof JavaType.TypeVariable variable) {
            JavaType argument = arguments.getOrDefault(variable.name(), JavaType.OBJECT);
            return whole && argument instanceof JavaType.Wildcard wildcard ? wildcard.bound() : argument;
        } else if (type instanceof JavaType.ArrayType array) {
            return new JavaType.ArrayType(substitute(array.component(), arguments, true));
        } else if (type instanceof JavaType.Wildcard wildcard) {
            return new JavaType.Wildcard(
                    wildcard.upper() == null ? null : substitute(wildcard.upper(), arguments, true),
                    wildcard.lower() == null ? null : substitute(wildcard.lower(), arguments, true));
        } else if (type instanceof JavaType.ClassType c && !c.typeArguments().isEmpty()) {
            return new JavaType.ClassType(c.packageName(), c.simpleNames(),
                    c.typeArguments().stream().map(argument -> substitute(argument, arguments, false)).toList());
        }
        return type;
    }
}
