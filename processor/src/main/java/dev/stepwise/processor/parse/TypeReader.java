package dev.stepwise.processor.parse;

import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.TypeCatalog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * Turns {@link TypeMirror}s into {@link JavaType}s and records the JSON properties of every user type it meets
 * (as Jackson writes them: {@link JacksonProperties}), so type tracking can check paths without javac.
 */
final class TypeReader {

    private final Elements elements;
    private final Subclasses subclasses;
    private final Map<String, List<TypeCatalog.Property>> catalog = new LinkedHashMap<>();
    private final Map<String, List<String>> typeParameters = new LinkedHashMap<>();
    private final Set<String> enums = new HashSet<>();
    private final Map<String, TypeCatalog.Openness> openness = new LinkedHashMap<>();
    private boolean readUngenerated;
    /** The type variables whose bound is being read, innermost first. */
    private final Deque<Element> expanding = new ArrayDeque<>();

    /** @param sources the classes this compilation compiles, whose subclasses of a user type are known */
    TypeReader(Elements elements, SourceTypes sources) {
        this.elements = elements;
        this.subclasses = sources.subclasses(elements);
    }

    /** Whether a type read named a class javac cannot find (yet), read as {@code Object}. */
    boolean readUngenerated() {
        return readUngenerated;
    }

    TypeCatalog catalog() {
        return new TypeCatalog(catalog, typeParameters, enums, openness);
    }

    /**
     * The type as the generated class names it. A type variable (of a generic workflow or flow class, which the
     * generated class uses raw) is its bound there: what the raw class's method takes, and what Jackson reads.
     */
    JavaType read(TypeMirror type) {
        return read(type, false);
    }

    /**
     * @param variables whether a type variable stays one: in the property types of a generic user type, which
     *                  {@link TypeCatalog} fills in with the type arguments of each use
     */
    private JavaType read(TypeMirror type, boolean variables) {
        return switch (type.getKind()) {
            case VOID -> JavaType.VOID;
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE -> new JavaType.PrimitiveType(type.toString());
            case ARRAY -> new JavaType.ArrayType(read(((ArrayType) type).getComponentType(), variables));
            case DECLARED -> declared((DeclaredType) type, variables);
            case WILDCARD -> wildcard((WildcardType) type, variables);
            case TYPEVAR -> variables ? new JavaType.TypeVariable(type.toString()) : bound((TypeVariable) type);
            case ERROR -> {
                readUngenerated = true;
                yield JavaType.OBJECT;
            }
            default -> JavaType.OBJECT;
        };
    }

    /**
     * The erasure of a type variable, as javac types the members of a raw class (JLS 4.8): its first bound, whose
     * own arguments a variable being expanded (the {@code T} of {@code T extends Comparable<T>}) leaves unknown.
     */
    private JavaType bound(TypeVariable variable) {
        if (expanding.contains(variable.asElement())) {
            return new JavaType.Wildcard(null, null);
        }
        expanding.push(variable.asElement());
        try {
            TypeMirror bound = variable.getUpperBound();
            return read(bound instanceof IntersectionType intersection ? intersection.getBounds().get(0) : bound, false);
        } finally {
            expanding.pop();
        }
    }

    private JavaType wildcard(WildcardType type, boolean variables) {
        TypeMirror upper = type.getExtendsBound();
        TypeMirror lower = type.getSuperBound();
        return new JavaType.Wildcard(upper == null ? null : read(upper, variables),
                lower == null ? null : read(lower, variables));
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

    /** The class as source names it in messages: {@code Outer.Inner}. */
    String display(TypeElement element) {
        return classType(element, elements).display();
    }

    private JavaType declared(DeclaredType type, boolean variables) {
        var element = (TypeElement) type.asElement();
        JavaType.ClassType raw = classType(element, elements);
        var arguments = new ArrayList<JavaType>();
        for (TypeMirror argument : type.getTypeArguments()) {
            arguments.add(read(argument, variables));
        }
        String packageName = raw.packageName();
        var javaType = new JavaType.ClassType(packageName, raw.simpleNames(), arguments);
        if (JacksonProperties.writtenAsName(element)) {
            enums.add(javaType.qualifiedName());
        }
        if (!JdkPackages.contain(packageName) && !packageName.startsWith("com.fasterxml.")) {
            describe(element, javaType.qualifiedName());
        }
        return javaType;
    }

    private void describe(TypeElement element, String qualifiedName) {
        if (catalog.containsKey(qualifiedName) || element.getKind() == ElementKind.ENUM) {
            return;
        }
        catalog.put(qualifiedName, List.of());
        // a sealed type's name comes once for each permitted class that has it: of one type, or of any JSON
        var types = new LinkedHashMap<String, JavaType>();
        for (DeclaredProperty property : declaredProperties(element)) {
            JavaType type = read(property.type(), true);
            types.merge(property.name(), type, (one, other) -> one.equals(other) ? one : JavaType.JSON);
        }
        var properties = new ArrayList<TypeCatalog.Property>();
        types.forEach((name, type) -> properties.add(new TypeCatalog.Property(name, type)));
        if (properties.isEmpty()) {
            catalog.remove(qualifiedName);
        } else {
            catalog.put(qualifiedName, List.copyOf(properties));
            TypeCatalog.Openness open = subclasses.of(element, types.keySet());
            if (!open.closed()) {
                openness.put(qualifiedName, open);
            }
            if (!element.getTypeParameters().isEmpty()) {
                typeParameters.put(qualifiedName, element.getTypeParameters().stream()
                        .map(parameter -> parameter.getSimpleName().toString()).toList());
            }
        }
    }

    /** A JSON property of a user type, with the type its declaration gives it. */
    record DeclaredProperty(String name, TypeMirror type) {
    }

    /** The JSON properties of a user type as Jackson writes them ({@link JacksonProperties}). */
    static List<DeclaredProperty> declaredProperties(TypeElement element) {
        return JacksonProperties.of(element);
    }
}
