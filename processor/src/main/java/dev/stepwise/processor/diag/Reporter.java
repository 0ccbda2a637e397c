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

    private final RepeatedAnnotations repeated;

    public Reporter(Messager messager, Elements elements, RepeatedAnnotations repeated) {
        this.messager = messager;
        this.elements = elements;
        this.repeated = repeated;
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
        boolean container = mirror != null && !StateMethods.simpleName(mirror).equals(where.annotation());
        AnnotationValue value = mirror == null || container || where.attribute() == null
                ? null : value(mirror, where.attribute());
        if (container && repeated.print(problem.message().kind(), problem.text(), element, where.annotation(),
                where.occurrence(), where.attribute())) {
            return;
        }
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

    /**
     * The n-th annotation with this simple name. For a repeated annotation javac knows only the synthesized
     * container's position, so the container stands in for its n-th element.
     */
    private static AnnotationMirror mirror(Element element, String simpleName, int occurrence) {
        int seen = 0;
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            List<AnnotationMirror> contained = StateMethods.flatten(List.of(mirror));
            for (AnnotationMirror candidate : contained) {
                if (StateMethods.simpleName(candidate).equals(simpleName) && seen++ == occurrence) {
                    return mirror;
                }
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
