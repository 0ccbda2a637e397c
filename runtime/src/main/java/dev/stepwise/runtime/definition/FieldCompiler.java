package dev.stepwise.runtime.definition;

import dev.stepwise.asl.validation.Problems;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.PayloadTemplate;
import dev.stepwise.asl.data.ValueExpression;
import dev.stepwise.asl.data.jsonata.JsonataSyntaxException;
import dev.stepwise.asl.data.jsonata.JsonataDelimiters;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;
import dev.stepwise.asl.data.path.Path;

/**
 * Compiles the value of one field: a path, a payload template, a JSONata expression or a number setting. A value
 * that does not compile is reported at the field's location and yields {@code null} (or the field's neutral value),
 * so compilation carries on and finds the next problem too.
 */
final class FieldCompiler {

    private FieldCompiler() {
    }

    /** A JSONata field (a template, or a {@code {% %}} string); {@code null} when absent or not compilable. */
    static JsonataTemplate jsonata(Fields f, String field, Problems problems) {
        JsonNode value = f.raw(field);
        if (value == null) {
            return null;
        }
        try {
            return JsonataTemplate.compile(value, field);
        } catch (JsonataSyntaxException e) {
            problems.schema(f.at(field), e.getMessage());
            return null;
        }
    }

    /** A field holding a {@code {% %}} expression rather than a literal (JSONata states only). */
    static boolean holdsExpression(Fields f, String field, boolean jsonata) {
        JsonNode value = f.raw(field);
        return jsonata && value != null && value.isTextual() && JsonataDelimiters.isExpression(value.textValue());
    }

    /** InputPath or OutputPath: absent keeps everything, an explicit {@code null} keeps nothing. */
    static PathFilter filter(Fields f, String field, Problems problems) {
        if (f.isNull(field)) {
            return PathFilter.EMPTY;
        }
        String text = f.string(field);
        if (text == null) {
            return PathFilter.IDENTITY;
        }
        PathFilter filter = problems.attempt(f.at(field), () -> PathFilter.of(Path.compile(text)));
        return filter == null ? PathFilter.IDENTITY : filter;
    }

    /** ResultPath: absent replaces the input, an explicit {@code null} discards the result. */
    static ResultTarget resultTarget(Fields f, String field, Problems problems) {
        if (f.isNull(field)) {
            return ResultTarget.DISCARD;
        }
        String text = f.string(field);
        if (text == null) {
            return ResultTarget.REPLACE;
        }
        ResultTarget target = problems.attempt(f.at(field), () -> ResultTarget.of(text, Path.compileReference(text)));
        return target == null ? ResultTarget.REPLACE : target;
    }

    static PayloadTemplate template(Fields f, String field, Problems problems) {
        JsonNode value = f.raw(field);
        if (value == null) {
            return null;
        }
        return problems.attempt(f.at(field), () -> PayloadTemplate.compile(value));
    }

    /** A single path or intrinsic function, as ErrorPath and CausePath hold. */
    static ValueExpression expression(Fields f, String field, Problems problems) {
        JsonNode value = f.raw(field);
        return value == null ? null
                : problems.attempt(f.at(field), () -> PayloadTemplate.compileExpression(field, value));
    }

    static Path path(Fields f, String field, Problems problems) {
        String text = f.string(field);
        return text == null ? null : problems.attempt(f.at(field), () -> Path.compile(text));
    }

    /** A number given as a literal, a {@code <field>Path} or (JSONata) an expression; at most one of the first two. */
    static NumberSetting number(Fields f, String field, Problems problems, boolean jsonata) {
        if (holdsExpression(f, field, jsonata)) {
            return new NumberSetting(field, null, null, jsonata(f, field, problems));
        }
        JsonNode literal = f.numberNode(field);
        Path path = path(f, field + "Path", problems);
        if (literal != null && path != null) {
            problems.schema(f.location(), "set " + field + " or " + field + "Path, not both");
        }
        return new NumberSetting(field, literal, path);
    }
}
