package dev.stepwise.runtime.data.path;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.data.DataScope;
import dev.stepwise.runtime.data.ValueExpression;
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
     * @throws IllegalArgumentException with a plain message when the text is not a valid path
     */
    public static Path compile(String text) {
        if (text == null || !text.startsWith("$")) {
            throw new IllegalArgumentException("a path must start with '$': '" + text + "'");
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

    private static Selector selector(String text, int from) {
        Optional<ReferencePath> reference = ReferencePath.parseSteps(text, from);
        if (reference.isPresent()) {
            return reference.get();
        }
        return QuerySelector.compile("$" + text.substring(from));
    }

    /**
     * Compiles a {@code ResultPath}-style reference path over the input.
     *
     * @throws IllegalArgumentException when the text is not a reference path
     */
    public static ReferencePath compileReference(String text) {
        if (text == null || !text.startsWith("$") || text.startsWith("$$")) {
            throw new IllegalArgumentException("a reference path must start with '$': '" + text + "'");
        }
        return ReferencePath.parseSteps(text, 1).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not a reference path: only '.field', ['field'] and [index] steps are allowed"));
    }

    @Override
    public JsonNode evaluate(DataScope scope) {
        JsonNode document = switch (root) {
            case INPUT -> scope.input();
            case CONTEXT -> scope.context();
            case VARIABLE -> scope.variable(variable);
        };
        return document == null ? null : selector.select(document);
    }

    /** Evaluates against one document (the input), for fields such as InputPath and OutputPath. */
    public JsonNode select(JsonNode document) {
        return selector.select(document);
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
