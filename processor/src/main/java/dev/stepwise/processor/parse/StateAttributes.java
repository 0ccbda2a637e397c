package dev.stepwise.processor.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.processor.diag.Finding;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.RawJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one attribute of a state's annotation (a path, a number, a JSON payload, a JSONata expression) and reports
 * what is wrong with it at that attribute, so the IDE underlines the value itself.
 */
final class StateAttributes {

    private final Problems problems;

    StateAttributes(Problems problems) {
        this.problems = problems;
    }

    /** The {@code value} of a path annotation ({@code @InputPath}, ...), checked; null when the state lacks it. */
    String path(DeclaredState d, String annotation) {
        if (!d.has(annotation)) {
            return null;
        }
        String path = d.one(annotation).string("value");
        PathSyntax.checkPath(path, annotation).ifPresent(f -> report(f, d.where().on(annotation, "value")));
        return path;
    }

    /** An optional path attribute, checked; null when not set. */
    String optionalPath(DeclaredState d, AnnotationReader reader, String annotation, String attribute) {
        String path = emptyToNull(reader.string(attribute));
        if (path != null) {
            PathSyntax.checkPath(path, attribute).ifPresent(f -> report(f, d.where().on(annotation, attribute)));
        }
        return path;
    }

    /**
     * An optional number; null when not set. Its bounds are the ASL core's, checked on the written definition
     * ({@code validate/DefinitionRules}), not here.
     */
    Integer optionalInteger(AnnotationReader reader, String attribute) {
        return reader.isSet(attribute) ? reader.integer(attribute) : null;
    }

    /** A field given both as a value and as a path to one. */
    void exclusive(DeclaredState d, AnnotationReader reader, String annotation, String value, String path) {
        if (reader.isSet(value) && reader.isSet(path)) {
            problems.add(Message.BOTH_VALUE_AND_PATH, d.where().on(annotation, path), value, path);
        }
    }

    /** Reports each of the attributes that is set in a JSONata state, which has no paths. */
    void jsonPathOnly(DeclaredState d, AnnotationReader reader, String annotation, String... attributes) {
        if (!d.jsonata()) {
            return;
        }
        for (String attribute : attributes) {
            if (reader.isSet(attribute)) {
                problems.add(Message.JSONPATH_ONLY, d.where().on(annotation, attribute), attribute,
                        "write the value as a JSONata expression where the field takes one, e.g. {% $states.input.x %}");
            }
        }
    }

    /**
     * The dynamic form of a setting ({@code timeoutSecondsPath}, {@code secondsPath}, {@code maxConcurrencyPath},
     * ...), checked; null when not set. A JSONPath state reads it through a path, written to the {@code ...Path}
     * field; a JSONata state, which has no {@code ...Path} fields, through an expression, returned wrapped in
     * {@code {% %}} and written as the setting's own field (AWS's {@code "TimeoutSeconds": "{% ... %}"}).
     */
    String dynamic(DeclaredState d, AnnotationReader reader, String annotation, String attribute) {
        return dynamic(d, reader, annotation, attribute, path -> PathSyntax.checkPath(path, attribute));
    }

    /** {@link #dynamic} for a setting whose JSONPath form may also be an intrinsic function ({@code errorPath}). */
    String dynamicOrIntrinsic(DeclaredState d, AnnotationReader reader, String annotation, String attribute) {
        return dynamic(d, reader, annotation, attribute, source -> Intrinsics.checkSource(source, attribute));
    }

    private String dynamic(DeclaredState d, AnnotationReader reader, String annotation, String attribute,
                           Function<String, Optional<Finding>> jsonPathCheck) {
        String text = emptyToNull(reader.string(attribute));
        if (text == null) {
            return null;
        }
        Where at = d.where().on(annotation, attribute);
        if (!d.jsonata()) {
            if (JsonataSyntax.isWrapped(text)) {
                problems.add(Message.EXPRESSION_IN_JSONPATH, at, attribute, text);
            } else {
                jsonPathCheck.apply(text).ifPresent(f -> report(f, at));
            }
            return text;
        }
        Optional<String> meant = JsonataSyntax.fromJsonPath(text);
        if (meant.isPresent()) {
            problems.add(Message.PATH_IN_JSONATA, at, attribute, text.strip(), meant.get());
        } else {
            JsonataSyntax.check(text).ifPresent(f -> report(f, at));
        }
        return JsonataSyntax.wrap(text);
    }

    /** An optional JSONata expression attribute, checked and wrapped in {@code {% %}}; null when not set. */
    String expression(DeclaredState d, AnnotationReader reader, String annotation, String attribute) {
        return expression(reader.string(attribute), d.where().on(annotation, attribute));
    }

    /** A JSONata expression written at {@code at}, checked and wrapped in {@code {% %}}; null when empty. */
    String expression(String text, Where at) {
        if (text.isEmpty()) {
            return null;
        }
        JsonataSyntax.check(text).ifPresent(f -> report(f, at));
        return JsonataSyntax.wrap(text);
    }

    /** A payload with expressions: {@code .$} templates in a JSONPath state, {@code {% %}} strings in a JSONata one. */
    RawJson payload(DeclaredState d, Where where, String text, String what) {
        if (!d.jsonata()) {
            return payload(where, text, what, true);
        }
        if (text.isEmpty()) {
            return null;
        }
        List<Finding> findings = new ArrayList<>();
        JsonNode tree = Payloads.parseJsonata(text, what, findings);
        findings.forEach(f -> report(f, where));
        return tree == null ? null : Payloads.raw(tree);
    }

    /**
     * A JSON payload, with its {@code .$} templates checked when {@code templates}; null when empty or not JSON.
     */
    RawJson payload(Where where, String text, String what, boolean templates) {
        if (text.isEmpty()) {
            return null;
        }
        List<Finding> findings = new ArrayList<>();
        JsonNode tree = Payloads.parse(text, what, findings, templates);
        findings.forEach(f -> report(f, where));
        return tree == null ? null : Payloads.raw(tree);
    }

    /** Adds a finding made without knowing where, at the attribute it was made for. */
    void report(Finding finding, Where where) {
        problems.add(finding.at(where));
    }

    static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
