package dev.stepwise.runtime.definition.validation;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import java.util.Optional;

/** Recognises {@code "{% expression %}"} strings and checks that the expression parses. */
final class JsonataSyntax {

    private static final String OPEN = "{%";
    private static final String CLOSE = "%}";

    private JsonataSyntax() {
    }

    /** Whether a string is written as a JSONata expression, {@code {% ... %}}. */
    static boolean isExpression(String text) {
        String trimmed = text.strip();
        return trimmed.startsWith(OPEN) && trimmed.endsWith(CLOSE) && trimmed.length() >= OPEN.length() + CLOSE.length();
    }

    /** The parser's complaint about an expression string, or empty when it parses. */
    static Optional<String> syntaxError(String expressionString) {
        String trimmed = expressionString.strip();
        String body = trimmed.substring(OPEN.length(), trimmed.length() - CLOSE.length());
        if (body.isBlank()) {
            return Optional.of("the expression is empty");
        }
        try {
            Jsonata.jsonata(body);
            return Optional.empty();
        } catch (JException e) {
            return Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            return Optional.of("the expression cannot be parsed");
        }
    }
}
