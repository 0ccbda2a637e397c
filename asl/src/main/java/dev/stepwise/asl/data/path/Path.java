package dev.stepwise.asl.data.path;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.DataScope;
import dev.stepwise.asl.data.ValueExpression;
import java.util.Optional;

/**
 * A compiled JSONPath-mode path: a root ({@code $} the input, {@code $$} the context object, {@code $name} a
 * variable) and a selector inside it. Compile with {@link #compile(String)} once, evaluate per transition.
 */
public final class Path implements ValueExpression {

    /** Where a path starts. */
    public enum Root { INPUT, CONTEXT, VARIABLE }

    private final String source;
    private final Root root;
    private final String variable;
    private final Selector selector;

    private Path(String source, Root root, String variable, Selector selector) {
        this.source = source;
        this.root = root;
        this.variable = variable;
        this.selector = selector;
    }

    /**
     * Compiles path text.
     *
     * @throws PathSyntaxException when the text is not a valid path
     */
    public static Path compile(String text) {
        if (text == null || !text.startsWith("$")) {
            throw invalid(text, "a path must start with '$'", 0, "a path must start with '$': '" + text + "'");
        }
        int unbalanced = unbalancedBracket(text);
        if (unbalanced >= 0) {
            String bracket = text.charAt(unbalanced) == '[' ? "unclosed '['" : "unopened ']'";
            throw invalid(text, bracket, unbalanced,
                    "invalid path '" + text + "': " + bracket + " at column " + (unbalanced + 1));
        }
        if (text.startsWith("$$")) {
            return new Path(text, Root.CONTEXT, null, selector(text, 2));
        }
        int end = 1;
        while (end < text.length() && isVariableChar(text.charAt(end))) {
            end++;
        }
        if (end > 1) {
            return new Path(text, Root.VARIABLE, text.substring(1, end), selector(text, end));
        }
        return new Path(text, Root.INPUT, null, selector(text, 1));
    }

    private static boolean isVariableChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * The index of the first bracket without a partner outside quotes, or -1. The JSONPath library reads some
     * of these (such as {@code $.a[}) as valid paths.
     */
    private static int unbalancedBracket(String text) {
        int depth = 0;
        int lastOpen = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = QuotedName.skip(text, i);
                if (end < 0) {
                    break; // an unclosed quote runs to the end of the text
                }
                i = end - 1;
            } else if (c == '[') {
                depth++;
                lastOpen = depth == 1 ? i : lastOpen;
            } else if (c == ']' && --depth < 0) {
                return i;
            }
        }
        return depth > 0 ? lastOpen : -1;
    }

    private static Selector selector(String text, int from) {
        Optional<ReferencePath> reference = ReferencePath.parseSteps(text, from);
        if (reference.isPresent()) {
            return reference.get();
        }
        try {
            return QuerySelector.compile("$" + text.substring(from), text);
        } catch (RuntimeException e) {
            // The library's messages count positions in the text it saw, so no column is given.
            String reason = e.getMessage() == null ? "not a valid JSONPath query" : e.getMessage().strip();
            if (BareFilterWords.compareWithOne(text)) {
                // AWS creates the machine and fails each run that gets here. Its run-time cause is not on record;
                // this one has the form of its other invalid-path causes, with the JSONPath library's reason.
                return new FailingSelector("Invalid path '" + text + "' : " + reason);
            }
            throw invalid(text, reason, -1, reason, e);
        }
    }

    /**
     * Compiles a {@code ResultPath}-style reference path over the input.
     *
     * @throws PathSyntaxException when the text is not a reference path
     */
    public static ReferencePath compileReference(String text) {
        if (text == null || !text.startsWith("$") || text.startsWith("$$")) {
            String reason = "a reference path must start with '$' and name a node of the input";
            throw invalid(text, reason, text == null || !text.startsWith("$") ? 0 : 1,
                    "a reference path must start with '$': '" + text + "'");
        }
        ReferencePath.Parsed parsed = ReferencePath.parse(text, 1);
        if (parsed.path() != null) {
            return parsed.path();
        }
        String reason = "a reference path allows only .field, ['field'] and [index] steps, not "
                + ReferencePath.stepAt(text, parsed.failedAt());
        throw invalid(text, reason, parsed.failedAt(),
                "'" + text + "' is not a reference path: " + reason + " at column " + (parsed.failedAt() + 1));
    }

    private static PathSyntaxException invalid(String text, String reason, int column, String message) {
        return invalid(text, reason, column, message, null);
    }

    private static PathSyntaxException invalid(String text, String reason, int column, String message,
            Throwable cause) {
        return new PathSyntaxException(message, text, reason, column, cause);
    }

    @Override
    public JsonNode evaluate(DataScope scope) {
        JsonNode document = document(scope);
        return document == null ? null : selector.select(document);
    }

    private JsonNode document(DataScope scope) {
        return switch (root) {
            case INPUT -> scope.input();
            case CONTEXT -> scope.context();
            case VARIABLE -> scope.variable(variable);
        };
    }

    /** Evaluates against one document (the input), for fields such as InputPath and OutputPath. */
    public JsonNode select(JsonNode document) {
        return selector.select(document);
    }

    /**
     * AWS's {@code States.Runtime} cause when this path selects nothing in {@code document} (the root's document:
     * the input, the context object or the variable), such as
     * {@code Invalid path '$.a.b' : Missing property in path $['a']}.
     */
    public String notFoundCause(JsonNode document) {
        return "Invalid path '" + source + "' : " + selector.notFoundReason(document);
    }

    /** {@link #notFoundCause(JsonNode)} for the document this path's root names in {@code scope}. */
    public String notFoundCause(DataScope scope) {
        return notFoundCause(document(scope));
    }

    /**
     * The reference path this path begins with, below its root: all of it for a reference path, else the steps
     * before the first query step ({@code $.a.b[*].c} gives {@code .a.b}).
     */
    public ReferencePath referencePrefix() {
        if (selector instanceof ReferencePath reference) {
            return reference;
        }
        int from = switch (root) {
            case INPUT -> 1;
            case CONTEXT -> 2;
            case VARIABLE -> 1 + variable.length();
        };
        int end = ReferencePath.parse(source, from).failedAt();
        return ReferencePath.parse(source.substring(0, end), from).path();
    }

    public Root root() {
        return root;
    }

    /** The variable name for a {@link Root#VARIABLE} path, else {@code null}. */
    public String variable() {
        return variable;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
