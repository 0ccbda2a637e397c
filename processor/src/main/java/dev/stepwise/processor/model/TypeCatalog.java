package dev.stepwise.processor.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON shape of the user types a workflow exchanges: for each class whose properties the processor could see
 * (records, beans), its properties in declaration order, the type parameters of a generic one, and the enums.
 * With the JDK's types ({@link JdkJson}) it tells the {@link JsonShape} of each type; any other type is unchecked: any
 * path into it is allowed.
 *
 * @param properties     the properties by qualified class name; a generic class's mention its type parameters
 * @param typeParameters the type parameter names of each generic class, in order
 * @param enums          the enums Jackson writes as a name (no {@code @JsonValue} or {@code @JsonFormat}), the
 *                       JDK's included
 * @param openness       of each class in {@code properties} that can be subclassed, what its values may have more;
 *                       a class not listed is closed
 */
public record TypeCatalog(Map<String, List<Property>> properties, Map<String, List<String>> typeParameters,
                          Set<String> enums, Map<String, Openness> openness) {

    public TypeCatalog {
        properties = Map.copyOf(properties);
        typeParameters = Map.copyOf(typeParameters);
        enums = Set.copyOf(enums);
        openness = Map.copyOf(openness);
    }

    public TypeCatalog(Map<String, List<Property>> properties) {
        this(properties, Map.of(), Set.of(), Map.of());
    }

    /**
     * Whether a value of a class may have properties the class lacks. Jackson writes the properties of a value's
     * runtime class, so a value of a class that can be subclassed may be a subclass's, with more.
     *
     * @param closed       whether it cannot: a record, an enum, a final class, a sealed type permitting only such
     * @param ofSubclasses the properties the subclasses this compilation shows add
     * @param anyProperty  whether one of those subclasses has JSON its declaration does not tell, so any property
     *                     may exist
     */
    public record Openness(boolean closed, Set<String> ofSubclasses, boolean anyProperty) {
        public static final Openness CLOSED = new Openness(true, Set.of(), false);
        public static final Openness UNKNOWN_SUBCLASS = new Openness(false, Set.of(), true);

        public Openness {
            ofSubclasses = Set.copyOf(ofSubclasses);
        }

        /** Open, its known subclasses adding these properties. */
        public static Openness open(Set<String> ofSubclasses) {
            return new Openness(false, ofSubclasses, false);
        }

        /** Whether a value may have a property its class lacks because a subclass this compilation shows has it. */
        public boolean subclassMayHave(String name) {
            return anyProperty || ofSubclasses.contains(name);
        }
    }

    /** How open the class is; closed when it is not a class whose properties are catalogued. */
    public Openness opennessOf(JavaType type) {
        JavaType read = type instanceof JavaType.Wildcard wildcard ? wildcard.bound() : type;
        return read instanceof JavaType.ClassType c ? openness.getOrDefault(c.qualifiedName(), Openness.CLOSED)
                : Openness.CLOSED;
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
            return propertiesOf(c).<JsonShape>map(properties -> new JsonShape.ObjectOf(properties, opennessOf(c)))
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
