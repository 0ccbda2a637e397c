package dev.stepwise.processor.parse;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * Finds an inner (non-static nested) class in a type the generated Workflow class converts from JSON: Jackson cannot
 * create one, since it would need an instance of the enclosing class, so the binding would fail on every call and
 * the Output record could not be read. The type itself, its type arguments, array components and wildcard bounds
 * count, and so do the properties of the user types it holds.
 */
final class InnerClasses {

    private final Elements elements;

    InnerClasses(Elements elements) {
        this.elements = elements;
    }

    /** The first inner class the type holds; empty when JSON can create every part of it. */
    Optional<TypeElement> in(TypeMirror type) {
        return in(type, new HashSet<>());
    }

    private Optional<TypeElement> in(TypeMirror type, Set<TypeElement> seen) {
        return switch (type.getKind()) {
            case ARRAY -> in(((ArrayType) type).getComponentType(), seen);
            case WILDCARD -> {
                TypeMirror bound = ((WildcardType) type).getExtendsBound();
                yield bound == null ? Optional.empty() : in(bound, seen);
            }
            case DECLARED -> declared((DeclaredType) type, seen);
            default -> Optional.empty();
        };
    }

    private Optional<TypeElement> declared(DeclaredType type, Set<TypeElement> seen) {
        var element = (TypeElement) type.asElement();
        if (isInner(element)) {
            return Optional.of(element);
        }
        for (TypeMirror argument : type.getTypeArguments()) {
            Optional<TypeElement> inner = in(argument, seen);
            if (inner.isPresent()) {
                return inner;
            }
        }
        String packageName = elements.getPackageOf(element).getQualifiedName().toString();
        if (JdkPackages.contain(packageName) || !seen.add(element)) {
            return Optional.empty();
        }
        return TypeReader.declaredProperties(element).stream()
                .flatMap(property -> in(property.type(), seen).stream()).findFirst();
    }

    /** A class nested in a class without {@code static}; records, enums and interfaces nested are static. */
    private static boolean isInner(TypeElement element) {
        return element.getKind() == ElementKind.CLASS && element.getNestingKind() == NestingKind.MEMBER
                && !element.getModifiers().contains(Modifier.STATIC);
    }
}
