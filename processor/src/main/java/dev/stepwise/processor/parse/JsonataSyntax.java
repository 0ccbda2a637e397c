package dev.stepwise.processor.parse;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import dev.stepwise.asl.data.jsonata.JsonataDelimiters;
import dev.stepwise.asl.data.path.Path;
import dev.stepwise.asl.data.path.PathSyntaxException;
import dev.stepwise.processor.diag.Finding;
import dev.stepwise.processor.diag.Message;
import java.util.Optional;

/**
 * JSONata expressions as the DSL takes them: with or without the {@code {% %}} that ASL wraps them in. Parsing one
 * catches a syntax error at compile time, with its column, instead of at run time.
 */
public final class JsonataSyntax {

    private JsonataSyntax() {
    }

    /** The expression inside {@code {% %}}, or the text itself when it is not wrapped. */
    public static String unwrap(String text) {
        String trimmed = text.strip();
        return isWrapped(trimmed) ? JsonataDelimiters.body(trimmed).strip() : trimmed;
    }

    /** The expression as an ASL string: {@code {% expression %}}. */
    static String wrap(String text) {
        return JsonataDelimiters.wrap(unwrap(text));
    }

    /** Whether the text is one expression in {@code {% %}} ("{%}" is not: its delimiters overlap). */
    public static boolean isWrapped(String text) {
        return JsonataDelimiters.isExpression(text.strip());
    }

    /**
     * The JSONata expression meaning what a JSONPath path of the state input ({@code $.limit}) or of the context
     * object ({@code $$.Execution.Id}) means, for a path written where a JSONata state takes an expression; empty
     * for anything else, a variable ({@code $limit}, the same in both languages) included.
     */
    static Optional<String> fromJsonPath(String text) {
        String path = text.strip();
        try {
            Path.Root root = Path.compile(path).root();
            if (root == Path.Root.VARIABLE) {
                return Optional.empty();
            }
            String rest = path.substring(root == Path.Root.CONTEXT ? 2 : 1);
            return Optional.of(JsonataDelimiters.wrap((root == Path.Root.CONTEXT ? "$states.context" : "$states.input")
                    + rest));
        } catch (PathSyntaxException notAPath) {
            return Optional.empty();
        }
    }

    /** A syntax error in the expression (wrapped or not), with its column in the unwrapped text. */
    static Optional<Finding> check(String text) {
        String expression = unwrap(text);
        if (expression.isEmpty()) {
            return Optional.of(finding(expression, 1, "the expression is empty"));
        }
        try {
            Jsonata.jsonata(expression);
            return Optional.empty();
        } catch (JException e) {
            int column = Math.min(Math.max(1, e.getLocation()), expression.length() + 1); // the parser counts from 1; "unexpected end" may point one past the end
            return Optional.of(finding(expression, column, e.getMessage()));
        } catch (RuntimeException e) { // the parser lets a few plain Java exceptions out on odd input
            return Optional.of(finding(expression, 1, String.valueOf(e.getMessage())));
        }
    }

    private static Finding finding(String expression, int column, String reason) {
        return Finding.of(Message.JSONATA_SYNTAX, column, reason, expression, " ".repeat(column - 1));
    }
}
