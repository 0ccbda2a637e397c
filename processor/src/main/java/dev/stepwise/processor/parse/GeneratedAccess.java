package dev.stepwise.processor.parse;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * What the generated Workflow class, in the workflow's package, may name and call: javac's access rules, which the
 * processor must apply itself, since a class it cannot see otherwise fails in the generated source, where the user
 * cannot act. A private type is hidden from it; so is a type or method of another package that is not public (the
 * generated class is no subclass, so protected does not help).
 */
final class GeneratedAccess {

    /**
     * Why the generated class cannot name a type.
     *
     * @param type   the type (or the enclosing or argument type) it cannot see, as source names it
     * @param reason "private", "not public"
     * @param remedy what the user makes it: "package-private or public", "public"
     */
    record Hidden(String type, String reason, String remedy) {
    }

    private final Elements elements;
    private final String packageName;

    GeneratedAccess(Elements elements, String packageName) {
        this.elements = elements;
        this.packageName = packageName;
    }

    /** The first part of the type (itself, a type it is nested in, a type argument) the generated class cannot see. */
    Optional<Hidden> hidden(TypeMirror type) {
        return switch (type.getKind()) {
            case ARRAY -> hidden(((ArrayType) type).getComponentType());
            case DECLARED -> {
                Optional<Hidden> element = hidden((TypeElement) ((DeclaredType) type).asElement());
                if (element.isPresent()) {
                    yield element;
                }
                for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
                    Optional<Hidden> hidden = hidden(argument);
                    if (hidden.isPresent()) {
                        yield hidden;
                    }
                }
                yield Optional.empty();
            }
            default -> Optional.empty(); // primitives; type variables and wildcards are written as Object
        };
    }

    /** The class itself or the first class it is nested in that the generated class cannot see. */
    Optional<Hidden> hidden(TypeElement type) {
        boolean samePackage = samePackage(type);
        for (Element current = type; current instanceof TypeElement enclosing; current = current.getEnclosingElement()) {
            String name = TypeReader.classType(enclosing, elements).display();
            if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
                return Optional.of(new Hidden(name, "private", samePackage ? "package-private or public" : "public"));
            }
            if (!samePackage && !enclosing.getModifiers().contains(Modifier.PUBLIC)) {
                return Optional.of(new Hidden(name, "not public", "public"));
            }
        }
        return Optional.empty();
    }

    /** Whether the generated class may call the method, given it is not private (reported on its own). */
    boolean callable(ExecutableElement method) {
        return samePackage((TypeElement) method.getEnclosingElement())
                || method.getModifiers().contains(Modifier.PUBLIC);
    }

    /** The package of the generated class, for messages: "the default package" when it has none. */
    String packageName() {
        return packageName.isEmpty() ? "the default package" : "package " + packageName;
    }

    private boolean samePackage(TypeElement type) {
        return elements.getPackageOf(type).getQualifiedName().contentEquals(packageName);
    }
}
