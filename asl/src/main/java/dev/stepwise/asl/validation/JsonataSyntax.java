package dev.stepwise.asl.validation;

import dev.stepwise.asl.data.jsonata.JsonataExpression;
import dev.stepwise.asl.data.jsonata.JsonataSyntaxException;
import java.util.Optional;

/**
 * Recognises {@code "{% expression %}"} strings and checks that the expression parses, with the parser the engine
 * compiles it with ({@link JsonataExpression}).
 */
final class JsonataSyntax {

    private static final String OPEN = "{%";
    private static final String CLOSE = "%}";

    private JsonataSyntax() {
    }

    /** Whether a string is written as a JSONata expression: exactly {@code {%} at the start, {@code %}} at the end. */
    static boolean isExpression(String text) {
        return text.startsWith(OPEN) && text.endsWith(CLOSE) && text.length() >= OPEN.length() + CLOSE.length();
    }

    /** The parser's complaint about an expression string (one {@link #isExpression} accepts), or empty. */
    static Optional<String> syntaxError(String expressionString) {
        String body = expressionString.substring(OPEN.length(), expressionString.length() - CLOSE.length());
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
