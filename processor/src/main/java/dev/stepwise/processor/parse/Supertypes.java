package dev.stepwise.processor.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** A type's supertypes as the source model declares them: what the Jackson and subclass rules walk. */
final class Supertypes {

    private Supertypes() {
    }

    /** The superclass and the interfaces the type names. */
    static List<TypeElement> direct(TypeElement type) {
        List<TypeElement> supertypes = new ArrayList<>();
        if (type.getSuperclass() instanceof DeclaredType superclass) {
            supertypes.add((TypeElement) superclass.asElement());
        }
        for (TypeMirror implemented : type.getInterfaces()) {
            if (implemented instanceof DeclaredType declared) {
                supertypes.add((TypeElement) declared.asElement());
            }
        }
        return supertypes;
    }

    /** Whether the type itself or any type it extends or implements, directly or not, is one {@code test} takes. */
    static boolean anyMatch(TypeElement type, Predicate<TypeElement> test) {
        return walk(type, test);
    }

    /** The type itself and every type it extends or implements, directly or not. */
    static Set<TypeElement> all(TypeElement type) {
        Set<TypeElement> found = new LinkedHashSet<>();
        walk(type, supertype -> {
            found.add(supertype);
            return false;
        });
        return found;
    }

    /** Visits the type and its supertypes until {@code stop} takes one; whether it did. */
    private static boolean walk(TypeElement type, Predicate<TypeElement> stop) {
        Deque<TypeElement> pending = new ArrayDeque<>(List.of(type));
        Set<TypeElement> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            TypeElement current = pending.pop();
            if (stop.test(current)) {
                return true;
            }
            if (seen.add(current)) {
                direct(current).forEach(pending::push);
            }
        }
        return false;
    }
}
