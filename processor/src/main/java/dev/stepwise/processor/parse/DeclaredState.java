package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Where;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * A state method with its Stepwise annotations grouped by simple name, as {@link StateDeclarations} accepted it.
 *
 * @param type        the state type annotation's simple name ({@code Task}, {@code Map}, ...)
 * @param name        the state's name: {@code @State}'s value, else the method's name
 * @param jsonata     whether the state's query language is JSONata, its own or inherited from the workflow
 * @param ownLanguage whether the state sets JSONata itself, in a JSONPath workflow
 */
record DeclaredState(ExecutableElement method, Where where, String type, String name,
                     Map<String, List<AnnotationReader>> annotations, boolean jsonata, boolean ownLanguage) {

    static DeclaredState of(ExecutableElement method, Where where, String type,
                            Map<String, List<AnnotationReader>> annotations, boolean jsonata, boolean ownLanguage) {
        String name = annotations.containsKey("State")
                ? annotations.get("State").get(0).string("value") : method.getSimpleName().toString();
        return new DeclaredState(method, where, type, name, annotations, jsonata, ownLanguage);
    }

    boolean has(String annotation) {
        return annotations.containsKey(annotation);
    }

    AnnotationReader one(String annotation) {
        return annotations.get(annotation).get(0);
    }

    List<AnnotationReader> all(String annotation) {
        return annotations.getOrDefault(annotation, List.of());
    }
}
