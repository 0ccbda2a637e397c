package dev.stepwise.processor.dataflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.processor.model.JavaType;
import dev.stepwise.processor.model.RawJson;
import dev.stepwise.processor.parse.JsonataSyntax;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A JSONata state's JSON field ({@code Arguments}, {@code Output}, {@code Assign}, {@code ItemSelector}): any JSON,
 * in which a string wrapped in {@code {% %}} is an expression and everything else is literal.
 */
final class JsonataTemplate {


    private JsonataTemplate() {
    }

    /** The template's tree; empty when absent. */
    static Optional<JsonNode> parse(RawJson template) {
        return template == null ? Optional.empty() : Optional.of(Json.parse(template.text()));
    }

    /** The expression a node holds, without its {@code {% %}}, when it holds one. */
    static Optional<String> expression(JsonNode node) {
        return node.isTextual() && JsonataSyntax.isWrapped(node.textValue())
                ? Optional.of(JsonataSyntax.unwrap(node.textValue())) : Optional.empty();
    }

    /** Every expression in the node, at any depth. */
    static void forEachExpression(JsonNode node, Consumer<String> action) {
        Optional<String> expression = expression(node);
        if (expression.isPresent()) {
            action.accept(expression.get());
        } else {
            node.elements().forEachRemaining(element -> forEachExpression(element, action));
        }
    }
}
