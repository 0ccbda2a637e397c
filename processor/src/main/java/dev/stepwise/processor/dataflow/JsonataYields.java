package dev.stepwise.processor.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.processor.model.JavaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What JSONata expressions and templates yield, as far as type tracking can tell, seen from one state: paths into
 * its input document, its result ({@code $states.result}) and the workflow's variables, literals, typed function
 * calls, object constructors and {@code $merge}. Anything else yields any JSON, or a document of unknown shape.
 */
final class JsonataYields {

    private final Document input;
    private final JavaType result;
    private final boolean catching;
    private final Shapes shapes;
    private final Variables variables;

    /**
     * @param result   the type of {@code $states.result}, or null where the state has none
     * @param catching whether this is a catcher's expression, which sees the error output as
     *                 {@code $states.errorOutput}
     */
    JsonataYields(Document input, JavaType result, boolean catching, Shapes shapes, Variables variables) {
        this.input = input;
        this.result = result;
        this.catching = catching;
        this.shapes = shapes;
        this.variables = variables;
    }

    /** The type of the value a template yields: an expression's, a literal's, or any JSON for objects and arrays. */
    JavaType typeOf(JsonNode template) {
        return JsonataTemplate.expression(template).map(this::typeOfExpression)
                .orElseGet(() -> Shapes.literal(template));
    }

    /** The type at a path; empty when unknown, or for the whole state input, which is a document, not a type. */
    Optional<JavaType> typeOf(JsonataForms.Reference reference) {
        List<String> fields = reference.fields();
        return switch (reference.root()) {
            case INPUT -> fields.isEmpty() ? Optional.empty()
                    : shapes.typeWithin(input.type(fields.get(0)), fields.subList(1, fields.size()));
            case RESULT -> shapes.typeWithin(Optional.ofNullable(result), fields);
            case ERROR_OUTPUT -> catching ? shapes.typeWithin(Optional.of(Shapes.ERROR_OUTPUT), fields)
                    : Optional.empty();
            case VARIABLE -> shapes.typeWithin(variables.type(reference.variable()), fields);
        };
    }

    /** The document a template builds: an object's keys, or what its one expression yields. */
    Document documentOf(JsonNode template) {
        Optional<String> expression = JsonataTemplate.expression(template);
        if (expression.isPresent()) {
            return documentOfExpression(expression.get());
        }
        if (!template.isObject()) {
            return Document.opaque();
        }
        Document built = Document.closed(List.of());
        template.properties().forEach(entry -> built.put(entry.getKey(), typeOf(entry.getValue())));
        return built;
    }

    /** The type of an expression's value when it is a path of known type, a literal or a typed function call. */
    private JavaType typeOfExpression(String expression) {
        return JsonataForms.path(expression).flatMap(this::typeOf)
                .or(() -> JsonataValues.typeOf(expression)).orElse(JavaType.JSON);
    }

    /**
     * The document an expression yields: the state input or result (or a part of known type), an object
     * constructor's keys, or the objects {@code $merge} combines; of unknown shape for anything else.
     */
    private Document documentOfExpression(String expression) {
        Optional<JsonataForms.Reference> path = JsonataForms.path(expression);
        if (path.isPresent()) {
            JsonataForms.Reference reference = path.get();
            if (reference.root() == JsonataForms.Root.INPUT && reference.fields().isEmpty()) {
                return input.copy();
            }
            return typeOf(reference).map(shapes::documentOf).orElseGet(Document::opaque);
        }
        Optional<Map<String, String>> object = JsonataForms.object(expression);
        if (object.isPresent()) {
            Document built = Document.closed(List.of());
            object.get().forEach((key, value) -> built.put(key, typeOfExpression(value)));
            return built;
        }
        return JsonataForms.mergeOperands(expression).map(this::merged).orElseGet(Document::opaque);
    }

    /**
     * The merge of documents left to right. The first may be of any knowledge; a later one must be closed, and not
     * a value of a class a subclass's value may add fields to, since its unknown fields could replace any known one.
     */
    private Document merged(List<String> operands) {
        Document merged = documentOfExpression(operands.get(0));
        for (String operand : operands.subList(1, operands.size())) {
            Document next = documentOfExpression(operand);
            if (next.knowledge() != Document.Knowledge.CLOSED || next.openClass().isPresent()) {
                return Document.opaque();
            }
            merged.putAll(next);
        }
        return merged;
    }
}
