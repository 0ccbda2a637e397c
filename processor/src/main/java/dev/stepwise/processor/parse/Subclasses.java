package dev.stepwise.processor.parse;

import dev.stepwise.processor.model.TypeCatalog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether a class's values may carry properties it does not declare: Jackson writes the properties of a value's
 * runtime class, so a value of a class that can be subclassed may be a subclass's with more. Records, enums and
 * final classes cannot be; a sealed interface or abstract class is exactly the classes it permits, when those are.
 * For one that can, the subclasses this compilation shows (its permitted classes and the classes it compiles from
 * source) tell which extra properties are known to exist; the class path is not scanned.
 */
final class Subclasses {

    private final Elements elements;
    private final SourceTypes sources;
    private Map<TypeElement, List<TypeElement>> subtypes;

    Subclasses(Elements elements, SourceTypes sources) {
        this.elements = elements;
        this.sources = sources;
    }

    /** How open the class is, given the properties it has itself. */
    TypeCatalog.Openness of(TypeElement type, Set<String> own) {
        if (closed(type)) {
            return TypeCatalog.Openness.CLOSED;
        }
        Set<String> added = new LinkedHashSet<>();
        for (TypeElement subclass : subclassesOf(type)) {
            Optional<List<TypeReader.DeclaredProperty>> properties = JacksonProperties.known(subclass);
            if (properties.isEmpty() && !abstractOrInterface(subclass)) {
                return TypeCatalog.Openness.UNKNOWN_SUBCLASS;
            }
            properties.orElse(List.of()).stream().map(TypeReader.DeclaredProperty::name)
                    .filter(name -> !own.contains(name)).forEach(added::add);
        }
        return TypeCatalog.Openness.open(added);
    }

    /** Whether no value of the type can be of a class with other properties. */
    static boolean closed(TypeElement type) {
        if (type.getKind() == ElementKind.RECORD || type.getKind() == ElementKind.ENUM
                || type.getModifiers().contains(Modifier.FINAL)) {
            return true;
        }
        List<? extends TypeMirror> permitted = type.getPermittedSubclasses();
        return !permitted.isEmpty() && abstractOrInterface(type) && permitted.stream()
                .allMatch(subclass -> subclass instanceof DeclaredType declared
                        && closed((TypeElement) declared.asElement()));
    }

    private static boolean abstractOrInterface(TypeElement type) {
        return type.getKind() == ElementKind.INTERFACE || type.getModifiers().contains(Modifier.ABSTRACT);
    }

    /** The classes the compilation shows that extend or implement the type, directly or not. */
    private List<TypeElement> subclassesOf(TypeElement type) {
        Set<TypeElement> found = new LinkedHashSet<>(subtypes().getOrDefault(type, List.of()));
        for (TypeMirror permitted : type.getPermittedSubclasses()) {
            if (permitted instanceof DeclaredType declared) {
                TypeElement subclass = (TypeElement) declared.asElement();
                if (!subclass.equals(type) && Supertypes.anyMatch(subclass, type::equals)) {
                    found.add(subclass);
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Every type the classes compiled from source (nested ones included) extend or implement, directly or not, with
     * those classes in the order found: made once, at the first class that can be subclassed, for all of a round's
     * workflows ({@link SourceTypes#subclasses}).
     */
    private Map<TypeElement, List<TypeElement>> subtypes() {
        if (subtypes == null) {
            subtypes = new HashMap<>();
            Deque<TypeElement> pending = new ArrayDeque<>();
            sources.compiledNames().stream().map(elements::getTypeElement).filter(Objects::nonNull)
                    .forEach(pending::add);
            while (!pending.isEmpty()) {
                TypeElement compiled = pending.pop();
                for (TypeElement supertype : Supertypes.all(compiled)) {
                    if (!supertype.equals(compiled)) {
                        subtypes.computeIfAbsent(supertype, key -> new ArrayList<>()).add(compiled);
                    }
                }
                pending.addAll(ElementFilter.typesIn(compiled.getEnclosedElements()));
            }
        }
        return subtypes;
    }
}
