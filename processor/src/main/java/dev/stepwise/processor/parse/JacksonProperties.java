package dev.stepwise.processor.parse;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The JSON properties Jackson's default {@code ObjectMapper} writes for a user type, told from its declaration: the
 * names the generated code's conversions produce, so that a path is checked against what Step Functions will see.
 *
 * <p>Jackson introspects loaded classes; a processor sees only source elements, so Jackson's rules of discovery are
 * followed here: record components, public fields and public getters ({@code getX}, {@code isX} for a
 * {@code boolean}) of the class, its superclasses and their interfaces (default getters), records included, or any
 * field or getter marked {@code @JsonProperty}; a
 * getter's name with its leading capitals lower-cased ({@code getURL} is {@code url}); {@code @JsonProperty} and
 * {@code @JsonGetter} names, {@code @JsonIgnore}, {@code @JsonIgnoreProperties}, {@code @JsonIgnoreType},
 * {@code @JsonUnwrapped} and {@code @JsonNaming} with one of Jackson's own strategies, which are Jackson's code run
 * here. A type whose JSON its declaration does not tell (a custom naming strategy or serializer,
 * {@code @JsonValue}, {@code @JsonAnyGetter}, polymorphic type information, changed visibility) has no known
 * properties: paths into it are not checked rather than guessed. Jackson writes a value's own class, so an interface
 * or abstract class has the properties of the classes it permits when sealed, and none known otherwise; a
 * {@code Collection} or {@code Map} is written as an array or as its entries, so its getters are no properties.
 */
final class JacksonProperties {

    private static final String ANNOTATION = "com.fasterxml.jackson.annotation.";
    private static final String DATABIND = "com.fasterxml.jackson.databind.";
    private static final String JSON_PROPERTY = ANNOTATION + "JsonProperty";
    private static final String JSON_GETTER = ANNOTATION + "JsonGetter";
    private static final String JSON_IGNORE = ANNOTATION + "JsonIgnore";
    private static final String JSON_UNWRAPPED = ANNOTATION + "JsonUnwrapped";

    /** Class annotations that make a type's JSON something other than its properties under their own names. */
    private static final Set<String> OPAQUE_TYPE = Set.of(ANNOTATION + "JsonTypeInfo", ANNOTATION + "JsonSubTypes",
            ANNOTATION + "JsonAutoDetect", ANNOTATION + "JsonFormat", DATABIND + "annotation.JsonSerialize");

    /** Member annotations that do the same. */
    private static final Set<String> OPAQUE_MEMBER = Set.of(ANNOTATION + "JsonValue", ANNOTATION + "JsonAnyGetter",
            ANNOTATION + "JsonRawValue");

    private JacksonProperties() {
    }

    /**
     * Whether Jackson writes the enum as the name of its constant (or the name {@code @JsonProperty} gives it): text,
     * unless {@code @JsonValue}, {@code @JsonFormat} or a serializer of its own makes it something else.
     */
    static boolean writtenAsName(TypeElement enumType) {
        return enumType.getKind() == ElementKind.ENUM && !opaque(enumType) && !hasOpaqueMember(enumType);
    }

    /** The properties of the type; empty when it has none or when its declaration does not tell them. */
    static List<TypeReader.DeclaredProperty> of(TypeElement type) {
        return known(type).orElse(List.of());
    }

    /** The properties of the type, when its declaration tells them (a list, maybe empty); else empty. */
    static Optional<List<TypeReader.DeclaredProperty>> known(TypeElement type) {
        return of(type, new HashSet<>());
    }

    private static Optional<List<TypeReader.DeclaredProperty>> of(TypeElement type, Set<TypeElement> unwrapping) {
        Deque<TypeElement> hierarchy = hierarchy(type);
        if (hierarchy.stream().anyMatch(declaring -> opaque(declaring) || hasOpaqueMember(declaring))
                || container(type)) {
            return Optional.empty();
        }
        if (type.getKind() == ElementKind.INTERFACE || type.getKind() == ElementKind.CLASS
                && type.getModifiers().contains(Modifier.ABSTRACT)) {
            // Jackson writes the properties of the value's own class, never of an interface or abstract class
            return permittedProperties(type, unwrapping);
        }
        Optional<UnaryOperator<String>> naming = naming(hierarchy);
        if (naming.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Accessors> byImplicitName = new LinkedHashMap<>();
        for (TypeElement declaring : hierarchy) {
            if (declaring.getKind() == ElementKind.RECORD) {
                for (RecordComponentElement component : declaring.getRecordComponents()) {
                    Accessors accessors = byImplicitName.computeIfAbsent(component.getSimpleName().toString(),
                            name -> new Accessors());
                    accessors.visible = true;
                    accessors.type = component.asType();
                    if (component.getAccessor() != null) { // Eclipse's compiler gives none
                        accessors.members.add(component.getAccessor());
                    }
                }
            }
            for (Element member : declaring.getEnclosedElements()) {
                implicitName(member).ifPresent(name -> {
                    Accessors accessors = byImplicitName.computeIfAbsent(name, n -> new Accessors());
                    accessors.add(member);
                });
            }
        }
        Set<String> ignoredNames = ignoredNames(hierarchy);
        List<TypeReader.DeclaredProperty> properties = new ArrayList<>();
        for (Map.Entry<String, Accessors> entry : byImplicitName.entrySet()) {
            Accessors accessors = entry.getValue();
            if (!accessors.serialized() || ignoredType(accessors.type)) {
                continue;
            }
            String name = accessors.explicitName().orElseGet(() -> naming.get().apply(entry.getKey()));
            if (ignoredNames.contains(name)) {
                continue;
            }
            Optional<AnnotationMirror> unwrapped = accessors.annotation(JSON_UNWRAPPED);
            if (unwrapped.isPresent() && !Boolean.FALSE.equals(value(unwrapped.get(), "enabled"))) {
                if (!(accessors.type instanceof DeclaredType declared) || !unwrapping.add(type)) {
                    return Optional.empty();
                }
                Optional<List<TypeReader.DeclaredProperty>> inner = of((TypeElement) declared.asElement(), unwrapping);
                unwrapping.remove(type);
                if (inner.isEmpty() || inner.get().isEmpty()) {
                    return Optional.empty();
                }
                String prefix = String.valueOf(Optional.ofNullable(value(unwrapped.get(), "prefix")).orElse(""));
                String suffix = String.valueOf(Optional.ofNullable(value(unwrapped.get(), "suffix")).orElse(""));
                inner.get().forEach(property -> properties.add(
                        new TypeReader.DeclaredProperty(prefix + property.name() + suffix, property.type())));
            } else {
                properties.add(new TypeReader.DeclaredProperty(name, accessors.type));
            }
        }
        return Optional.of(properties);
    }

    /**
     * The properties a value of a sealed type can have: those of each class it permits, a name once for each class
     * that has it ({@link TypeReader} joins their types); empty when it is not sealed, so that any class may
     * implement it, or when some permitted class's JSON is not known. A generic one is not followed: its permitted
     * classes name their type parameters their own way.
     */
    private static Optional<List<TypeReader.DeclaredProperty>> permittedProperties(TypeElement type,
                                                                                 Set<TypeElement> unwrapping) {
        List<? extends TypeMirror> permitted = type.getPermittedSubclasses();
        if (permitted.isEmpty() || !type.getTypeParameters().isEmpty()) {
            return Optional.empty();
        }
        List<TypeReader.DeclaredProperty> properties = new ArrayList<>();
        for (TypeMirror subclass : permitted) {
            if (!(subclass instanceof DeclaredType declared)
                    || !((TypeElement) declared.asElement()).getTypeParameters().isEmpty()) {
                return Optional.empty();
            }
            Optional<List<TypeReader.DeclaredProperty>> own = of((TypeElement) declared.asElement(), unwrapping);
            if (own.isEmpty() || own.get().isEmpty()) {
                return Optional.empty();
            }
            properties.addAll(own.get());
        }
        return Optional.of(properties);
    }

    /**
     * Whether Jackson writes the type as a JSON array or as the entries of a map, whatever getters it declares:
     * a {@code Collection} or a {@code Map}.
     */
    private static boolean container(TypeElement type) {
        return Supertypes.anyMatch(type, supertype -> supertype.getQualifiedName().contentEquals("java.util.Collection")
                || supertype.getQualifiedName().contentEquals("java.util.Map"));
    }

    /**
     * The type, its superclasses and the interfaces they implement (whose default getters Jackson writes too), up
     * to the JDK's, each supertype before its subtypes, as Jackson orders their properties.
     */
    private static Deque<TypeElement> hierarchy(TypeElement type) {
        Deque<TypeElement> hierarchy = new ArrayDeque<>();
        addWithSupertypes(type, hierarchy);
        return hierarchy;
    }

    private static void addWithSupertypes(TypeElement type, Deque<TypeElement> hierarchy) {
        if (JdkPackages.contain(type.getQualifiedName().toString()) || hierarchy.contains(type)) {
            return;
        }
        Supertypes.direct(type).forEach(supertype -> addWithSupertypes(supertype, hierarchy));
        hierarchy.addLast(type);
    }

    private static boolean opaque(TypeElement type) {
        return type.getAnnotationMirrors().stream().anyMatch(mirror -> OPAQUE_TYPE.contains(name(mirror)));
    }

    /**
     * Whether a member makes the JSON something else, whatever its name: Jackson honours {@code @JsonValue} and
     * {@code @JsonAnyGetter} on any method ({@code toJson()}, {@code extra()}), not only on a getter.
     */
    private static boolean hasOpaqueMember(TypeElement type) {
        return type.getEnclosedElements().stream().anyMatch(member -> member.getAnnotationMirrors().stream()
                .anyMatch(mirror -> OPAQUE_MEMBER.contains(name(mirror))));
    }

    /**
     * The field or getter's name before any renaming, when Jackson may see the member as a property: a field, or a
     * getter as Jackson finds one, in a record too (its components are added as such, their accessors count only
     * when annotated).
     */
    private static Optional<String> implicitName(Element member) {
        Set<Modifier> modifiers = member.getModifiers();
        if (modifiers.contains(Modifier.STATIC)) {
            return Optional.empty();
        }
        if (member.getKind() == ElementKind.FIELD) {
            // a record's fields are its components, private but written: their annotations count
            return modifiers.contains(Modifier.TRANSIENT) && !annotated(member, JSON_PROPERTY)
                    ? Optional.empty() : Optional.of(member.getSimpleName().toString());
        }
        if (member.getKind() != ElementKind.METHOD) {
            return Optional.empty();
        }
        var method = (ExecutableElement) member;
        if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
            return Optional.empty();
        }
        String name = method.getSimpleName().toString();
        if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
            return Optional.of(lowerLeadingCapitals(name.substring(3)));
        }
        if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
            return Optional.of(lowerLeadingCapitals(name.substring(2)));
        }
        // a method of another name is a property only when an annotation names it so
        return annotated(member, JSON_PROPERTY) || annotated(member, JSON_GETTER) ? Optional.of(name) : Optional.empty();
    }

    /** Jackson's default getter naming: every capital before the first lower-case letter lower-cased. */
    static String lowerLeadingCapitals(String bare) {
        var name = new StringBuilder(bare);
        for (int i = 0; i < name.length(); i++) {
            char lower = Character.toLowerCase(name.charAt(i));
            if (lower == name.charAt(i)) {
                break;
            }
            name.setCharAt(i, lower);
        }
        return name.toString();
    }

    /**
     * The names of the type's {@code @JsonNaming} strategy (the nearest class's), the identity without one; empty
     * when the strategy is not one of Jackson's own, which cannot be run at compile time.
     */
    private static Optional<UnaryOperator<String>> naming(Deque<TypeElement> hierarchy) {
        var descending = hierarchy.descendingIterator();
        while (descending.hasNext()) {
            Optional<AnnotationMirror> naming = annotation(descending.next(),
                    DATABIND + "annotation.JsonNaming");
            if (naming.isPresent()) {
                Object strategy = value(naming.get(), "value");
                return strategy instanceof DeclaredType declared
                        ? jacksonStrategy(binaryName((TypeElement) declared.asElement()))
                        : Optional.empty();
            }
        }
        return Optional.of(UnaryOperator.identity());
    }

    /**
     * One of Jackson's naming strategies, run as Jackson runs it; never a class of the code being compiled. The
     * strategies nested in {@code PropertyNamingStrategy}, which older Jacksons have, are the same ones under
     * {@code PropertyNamingStrategies} ({@code PascalCaseStrategy} is {@code UpperCamelCaseStrategy}).
     */
    private static Optional<UnaryOperator<String>> jacksonStrategy(String binaryName) {
        String strategies = DATABIND + "PropertyNamingStrategies$";
        String older = DATABIND + "PropertyNamingStrategy$";
        String name = binaryName.startsWith(older)
                ? strategies + binaryName.substring(older.length()).replace("PascalCase", "UpperCamelCase")
                : binaryName;
        if (!name.startsWith(strategies)) {
            return Optional.empty();
        }
        try {
            Object strategy = Class.forName(name, true, PropertyNamingStrategies.class.getClassLoader())
                    .getConstructor().newInstance();
            return strategy instanceof PropertyNamingStrategies.NamingBase base
                    ? Optional.of(base::translate) : Optional.empty();
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static String binaryName(TypeElement type) {
        var names = new ArrayDeque<String>();
        Element current = type;
        while (current instanceof TypeElement) {
            names.addFirst(current.getSimpleName().toString());
            current = current.getEnclosingElement();
        }
        String packageName = current instanceof PackageElement p ? p.getQualifiedName().toString() : "";
        return (packageName.isEmpty() ? "" : packageName + ".") + String.join("$", names);
    }

    /** {@code @JsonIgnoreProperties} names of the type and its superclasses. */
    private static Set<String> ignoredNames(Deque<TypeElement> hierarchy) {
        Set<String> names = new HashSet<>();
        for (TypeElement type : hierarchy) {
            annotation(type, ANNOTATION + "JsonIgnoreProperties").ifPresent(mirror -> {
                if (value(mirror, "value") instanceof List<?> values) {
                    values.forEach(value -> names.add(String.valueOf(((AnnotationValue) value).getValue())));
                }
            });
        }
        return names;
    }

    private static boolean ignoredType(TypeMirror type) {
        return type instanceof DeclaredType declared && annotation(declared.asElement(), ANNOTATION + "JsonIgnoreType")
                .map(mirror -> !Boolean.FALSE.equals(value(mirror, "value"))).orElse(false);
    }

    /** The field and getters of one property, as Jackson joins them by their implicit name. */
    private static final class Accessors {

        private final List<Element> members = new ArrayList<>();
        private boolean visible;
        private TypeMirror type;

        void add(Element member) {
            members.add(member);
            boolean getter = member.getKind() == ElementKind.METHOD;
            if (member.getModifiers().contains(Modifier.PUBLIC) || annotated(member, JSON_PROPERTY)
                    || annotated(member, JSON_GETTER)) {
                visible = true;
            }
            if (getter) {
                type = ((ExecutableElement) member).getReturnType(); // what is written is what the getter returns
            } else if (type == null) {
                type = member.asType();
            }
        }

        /** Written when some accessor is visible, none is ignored and none is only for reading JSON in. */
        boolean serialized() {
            boolean ignored = members.stream().anyMatch(member -> JacksonProperties.annotation(member, JSON_IGNORE)
                    .map(mirror -> !Boolean.FALSE.equals(value(mirror, "value"))).orElse(false));
            boolean writeOnly = annotation(JSON_PROPERTY).map(mirror -> value(mirror, "access"))
                    .map(access -> access instanceof VariableElement constant
                            && constant.getSimpleName().contentEquals("WRITE_ONLY"))
                    .orElse(false);
            return visible && !ignored && !writeOnly;
        }

        Optional<String> explicitName() {
            for (String marker : List.of(JSON_PROPERTY, JSON_GETTER)) {
                Optional<String> name = annotation(marker).map(mirror -> value(mirror, "value"))
                        .map(String::valueOf).filter(value -> !value.isEmpty());
                if (name.isPresent()) {
                    return name;
                }
            }
            return Optional.empty();
        }

        Optional<AnnotationMirror> annotation(String qualifiedName) {
            return members.stream().flatMap(member -> JacksonProperties.annotation(member, qualifiedName).stream())
                    .findFirst();
        }
    }

    private static boolean annotated(Element element, String qualifiedName) {
        return annotation(element, qualifiedName).isPresent();
    }

    private static Optional<AnnotationMirror> annotation(Element element, String qualifiedName) {
        return element.getAnnotationMirrors().stream().filter(mirror -> name(mirror).equals(qualifiedName))
                .map(mirror -> (AnnotationMirror) mirror).findFirst();
    }

    private static String name(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    /** The attribute's value as written (defaults are not read: null when left out). */
    private static Object value(AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue().getValue();
            }
        }
        return null;
    }
}
