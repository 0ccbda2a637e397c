package dev.stepwise.processor.diag;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import dev.stepwise.processor.parse.StateMethods;
import javax.lang.model.util.Elements;

/**
 * Prints problems through the {@link Messager} on the offending element, annotation and attribute. A problem in a
 * {@code @Flow} class shared by several workflows is printed once.
 */
public final class Reporter {

    private final Messager messager;
    private final Elements elements;
    private final Set<String> printed = new HashSet<>();

    public Reporter(Messager messager, Elements elements) {
        this.messager = messager;
        this.elements = elements;
    }

    public void report(List<Problem> problems, Element fallback) {
        for (Problem problem : problems) {
            report(problem, fallback);
        }
    }

    public void report(Problem problem, Element fallback) {
        Where where = problem.where();
        TypeElement type = elements.getTypeElement(where.className());
        Element element = type == null ? fallback : locate(type, where);
        if (!printed.add(problem.text() + "@" + where)) {
            return;
        }
        AnnotationMirror mirror = where.annotation() == null ? null : mirror(element, where.annotation(), where.occurrence());
        AnnotationValue value = mirror == null || where.attribute() == null ? null : value(mirror, where.attribute());
        if (value != null) {
            messager.printMessage(problem.message().kind(), problem.text(), element, mirror, value);
        } else if (mirror != null) {
            messager.printMessage(problem.message().kind(), problem.text(), element, mirror);
        } else {
            messager.printMessage(problem.message().kind(), problem.text(), element);
        }
    }

    private static Element locate(TypeElement type, Where where) {
        if (where.stateIndex() < 0) {
            return type;
        }
        List<ExecutableElement> states = StateMethods.of(type);
        if (where.stateIndex() >= states.size()) {
            return type;
        }
        ExecutableElement method = states.get(where.stateIndex());
        if (where.parameter() != null) {
            for (VariableElement parameter : method.getParameters()) {
                if (parameter.getSimpleName().contentEquals(where.parameter())) {
                    return parameter;
                }
            }
        }
        return method;
    }

    /** The n-th annotation with this simple name, looking inside {@code @Repeatable} containers. */
    private static AnnotationMirror mirror(Element element, String simpleName, int occurrence) {
        int seen = 0;
        for (AnnotationMirror mirror : StateMethods.flatten(element.getAnnotationMirrors())) {
            if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName) && seen++ == occurrence) {
                return mirror;
            }
        }
        return null;
    }

    private static AnnotationValue value(AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
