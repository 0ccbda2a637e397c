package dev.stepwise.processor.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotation attributes from the mirror (with defaults), never through reflection proxies, so class-valued
 * attributes work for classes being compiled in the same round.
 */
final class AnnotationReader {

    private final Map<String, AnnotationValue> values = new HashMap<>();
    private final Map<String, AnnotationValue> explicit = new HashMap<>();
    private final Elements elements;

    AnnotationReader(AnnotationMirror mirror, Elements elements) {
        this.elements = elements;
        elements.getElementValuesWithDefaults(mirror).forEach((k, v) -> values.put(name(k), v));
        mirror.getElementValues().forEach((k, v) -> explicit.put(name(k), v));
    }

    /** Whether the attribute is written in the source, rather than left at its default. */
    boolean isSet(String name) {
        return explicit.containsKey(name);
    }

    String string(String name) {
        return (String) values.get(name).getValue();
    }

    int integer(String name) {
        return ((Number) values.get(name).getValue()).intValue();
    }

    double decimal(String name) {
        return ((Number) values.get(name).getValue()).doubleValue();
    }

    boolean bool(String name) {
        return (Boolean) values.get(name).getValue();
    }

    String enumName(String name) {
        return ((VariableElement) values.get(name).getValue()).getSimpleName().toString();
    }

    /** An enum array's constant names. */
    List<String> enumNames(String name) {
        var result = new ArrayList<String>();
        for (Object item : (List<?>) values.get(name).getValue()) {
            result.add(((VariableElement) ((AnnotationValue) item).getValue()).getSimpleName().toString());
        }
        return result;
    }

    List<String> strings(String name) {
        var result = new ArrayList<String>();
        for (Object item : (List<?>) values.get(name).getValue()) {
            result.add((String) ((AnnotationValue) item).getValue());
        }
        return result;
    }

    /** A nested annotation array, each element read like a top-level annotation. */
    List<AnnotationReader> annotations(String name) {
        var result = new ArrayList<AnnotationReader>();
        for (Object item : (List<?>) values.get(name).getValue()) {
            result.add(new AnnotationReader((AnnotationMirror) ((AnnotationValue) item).getValue(), elements));
        }
        return result;
    }

    /** A class literal's type: a class, or whatever else was written ({@code int.class}, {@code String[].class}). */
    TypeMirror type(String name) {
        return (TypeMirror) values.get(name).getValue();
    }

    List<TypeMirror> types(String name) {
        var result = new ArrayList<TypeMirror>();
        for (Object item : (List<?>) values.get(name).getValue()) {
            result.add((TypeMirror) ((AnnotationValue) item).getValue());
        }
        return result;
    }

    private static String name(ExecutableElement element) {
        return element.getSimpleName().toString();
    }
}
