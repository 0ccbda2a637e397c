package dev.stepwise.asl.validation;

import dev.stepwise.asl.data.jsonata.JsonataDelimiters;
import dev.stepwise.asl.data.jsonata.JsonataExpression;
import dev.stepwise.asl.data.jsonata.JsonataSyntaxException;
import java.util.Optional;

/**
 * Recognises {@code "{% expression %}"} strings and checks that the expression parses, with the parser the engine
 * compiles it with ({@link JsonataExpression}).
 */
final class JsonataSyntax {

    private JsonataSyntax() {
    }

    /** Whether a string is written as a JSONata expression ({@link JsonataDelimiters#isExpression}). */
    static boolean isExpression(String text) {
        return JsonataDelimiters.isExpression(text);
    }

    /** The parser's complaint about an expression string (one {@link #isExpression} accepts), or empty. */
    static Optional<String> syntaxError(String expressionString) {
        String body = JsonataDelimiters.body(expressionString);
        if (body.isBlank()) {
            return Optional.of("the expression is empty");
        }
        try {
            JsonataExpression.checkSyntax(body);
            return Optional.empty();
        } catch (JsonataSyntaxException e) {
            return Optional.of(e.getMessage());
        }
    }
}
