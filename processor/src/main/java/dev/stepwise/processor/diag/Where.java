package dev.stepwise.processor.diag;

/**
 * Where a problem is, in model terms: a class, optionally one of its state methods (by index among state methods),
 * a parameter of it, and an annotation (the n-th of that simple name) and attribute. The reporter resolves it to the
 * {@code Element}, {@code AnnotationMirror} and {@code AnnotationValue} so the IDE underlines the attribute.
 *
 * @param stateIndex -1 for the class itself
 */
public record Where(String className, int stateIndex, String parameter, String annotation, int occurrence,
                    String attribute) {

    public static Where type(String className) {
        return new Where(className, -1, null, null, 0, null);
    }

    public static Where state(String className, int stateIndex) {
        return new Where(className, stateIndex, null, null, 0, null);
    }

    public Where on(String annotation) {
        return new Where(className, stateIndex, parameter, annotation, 0, null);
    }

    public Where on(String annotation, String attribute) {
        return new Where(className, stateIndex, parameter, annotation, 0, attribute);
    }

    public Where on(String annotation, int occurrence, String attribute) {
        return new Where(className, stateIndex, parameter, annotation, occurrence, attribute);
    }

    public Where parameter(String name) {
        return new Where(className, stateIndex, name, null, 0, null);
    }
}
