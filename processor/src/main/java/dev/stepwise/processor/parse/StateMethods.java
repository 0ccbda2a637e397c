package dev.stepwise.processor.parse;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The methods of a workflow or flow class that carry Stepwise annotations, in declaration order; a state's position
 * in this list is how diagnostics find it again.
 */
public final class StateMethods {

    static final String PACKAGE = "dev.stepwise.annotations";

    private StateMethods() {
    }

    public static List<ExecutableElement> of(TypeElement type) {
        var methods = new ArrayList<ExecutableElement>();
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD && !stepwise(member.getAnnotationMirrors()).isEmpty()) {
                methods.add((ExecutableElement) member);
            }
        }
        return methods;
    }

    /** Stepwise annotations only, with {@code @Repeatable} containers ({@code When.List}, ...) expanded. */
    public static List<AnnotationMirror> stepwise(List<? extends AnnotationMirror> mirrors) {
        var result = new ArrayList<AnnotationMirror>();
        for (AnnotationMirror mirror : flatten(mirrors)) {
            if (qualifiedName(mirror).startsWith(PACKAGE + ".")) {
                result.add(mirror);
            }
        }
        return result;
    }

    public static List<AnnotationMirror> flatten(List<? extends AnnotationMirror> mirrors) {
        var result = new ArrayList<AnnotationMirror>();
        for (AnnotationMirror mirror : mirrors) {
            if (qualifiedName(mirror).startsWith(PACKAGE + ".") && simpleName(mirror).equals("List")) {
                for (AnnotationValue value : mirror.getElementValues().values()) {
                    for (Object item : (List<?>) value.getValue()) {
                        result.add((AnnotationMirror) ((AnnotationValue) item).getValue());
                    }
                }
            } else {
                result.add(mirror);
            }
        }
        return result;
    }

    /** The annotation's own simple name ({@code Task}), the container's for {@code When.List}. */
    public static String simpleName(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().getSimpleName().toString();
    }

    private static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}
