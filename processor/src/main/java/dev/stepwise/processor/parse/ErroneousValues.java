package dev.stepwise.processor.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Finds the Stepwise annotation values javac could not compute: a class literal naming a class it cannot find
 * ({@code Refund.class} with a typo), a value of the wrong type, an expression that is not a constant. javac
 * reports each of them itself ("cannot find symbol", "incompatible types", ...) and gives the processor a
 * placeholder instead of the value, so a workflow that reaches one, directly or through its {@code @Flow} classes,
 * is not read: another processor may still generate the missing class, and if none does, javac's error is the one
 * that says what to fix.
 */
public final class ErroneousValues {

    /** How javac writes a value it could not compute; a string value would be quoted. */
    private static final String JAVAC_PLACEHOLDER = "<error>";

    private ErroneousValues() {
    }

    /** Whether the workflow or a flow it names holds a value javac could not compute. */
    public static boolean reachableFrom(TypeElement workflow) {
        Set<TypeElement> seen = new HashSet<>();
        Deque<TypeElement> pending = new ArrayDeque<>(List.of(workflow));
        while (!pending.isEmpty()) {
            TypeElement type = pending.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (erroneous(type, pending)) {
                return true;
            }
            for (ExecutableElement method : StateMethods.of(type)) {
                if (erroneous(method, pending)) {
                    return true;
                }
                for (VariableElement parameter : method.getParameters()) {
                    if (erroneous(parameter, pending)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether one of the element's Stepwise annotations has an erroneous value; queues the classes they name. */
    private static boolean erroneous(Element element, Deque<TypeElement> classes) {
        for (AnnotationMirror mirror : StateMethods.stepwise(element.getAnnotationMirrors())) {
            if (erroneous(mirror, classes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean erroneous(AnnotationMirror mirror, Deque<TypeElement> classes) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (!fits(entry.getKey().getReturnType(), entry.getValue(), classes)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code value} is a value of {@code type}, as written in source it could be. */
    private static boolean fits(TypeMirror type, AnnotationValue value, Deque<TypeElement> classes) {
        if (JAVAC_PLACEHOLDER.equals(value.toString())) {
            return false;
        }
        Object content = value.getValue();
        return switch (type.getKind()) {
            case BOOLEAN -> content instanceof Boolean;
            case CHAR -> content instanceof Character;
            case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE -> content instanceof Number;
            case ARRAY -> content instanceof List<?> items && items.stream().allMatch(item ->
                    item instanceof AnnotationValue v && fits(((ArrayType) type).getComponentType(), v, classes));
            case DECLARED -> fitsDeclared((DeclaredType) type, content, classes);
            default -> true;
        };
    }

    private static boolean fitsDeclared(DeclaredType type, Object content, Deque<TypeElement> classes) {
        Element element = type.asElement();
        if (element.getKind() == ElementKind.ENUM) {
            return content instanceof VariableElement;
        }
        if (element.getKind() == ElementKind.ANNOTATION_TYPE) {
            return content instanceof AnnotationMirror nested && !erroneous(nested, classes);
        }
        String name = ((TypeElement) element).getQualifiedName().toString();
        if (name.equals("java.lang.Class")) {
            if (!(content instanceof TypeMirror literal) || literal.getKind() == TypeKind.ERROR) {
                return false;
            }
            if (literal instanceof DeclaredType declared && declared.asElement() instanceof TypeElement named) {
                classes.push(named);
            }
            return true;
        }
        return !name.equals("java.lang.String") || content instanceof String;
    }
}
