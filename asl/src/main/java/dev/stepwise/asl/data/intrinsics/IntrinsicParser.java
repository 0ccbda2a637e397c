package dev.stepwise.asl.data.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.intrinsics.IntrinsicSyntaxException.Kind;
import dev.stepwise.asl.data.path.Path;
import dev.stepwise.asl.data.path.PathSyntaxException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for one intrinsic function call.
 *
 * <p>Grammar: {@code call := 'States.' Name '(' [arg (',' arg)*] ')'}; an argument is a string literal in single
 * quotes (with the escapes {@code \' \{ \} \\} and no others), a number, {@code true}, {@code false},
 * {@code null}, a path ({@code $...}, {@code $$...}, {@code $var...}) or a nested call.
 */
final class IntrinsicParser {

    private static final String PREFIX = "States.";

    /** The only characters a backslash may escape in a string literal; AWS rejects others (such as {@code \"}). */
    private static final String ESCAPABLE = "'{}\\";

    private final String text;
    private int pos;

    IntrinsicParser(String text) {
        this.text = text;
    }

    Call parse() {
        Call call = call(1);
        skipWhitespace();
        if (pos < text.length()) {
            throw error("unexpected text after the closing parenthesis");
        }
        return call;
    }

    private Call call(int depth) {
        if (depth > Intrinsics.MAX_NESTING) {
            throw error(Kind.TOO_DEEP, "intrinsic functions nest at most " + Intrinsics.MAX_NESTING + " levels deep");
        }
        int start = pos;
        if (!text.startsWith(PREFIX, pos)) {
            throw error("expected a function name starting with 'States.'");
        }
        pos += PREFIX.length();
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        FunctionDefinition definition = FunctionRegistry.find(name);
        if (definition == null) {
            throw IntrinsicSyntaxException.of(Kind.UNKNOWN_FUNCTION, "unknown intrinsic function '" + name + "'")
                    .function(name).column(start)
                    .build("unknown intrinsic function '" + name + "' in '" + text + "'");
        }
        skipWhitespace();
        expect('(');
        List<Integer> starts = new ArrayList<>();
        List<Argument> arguments = arguments(depth, starts);
        String source = text.substring(start, pos);
        checkArguments(definition.signature(), arguments, start, starts);
        try {
            return new Call(source, definition, arguments);
        } catch (IllegalArgumentException e) {
            throw IntrinsicSyntaxException.of(Kind.INVALID_ARGUMENT, e.getMessage())
                    .function(name).column(start).cause(e)
                    .build(e.getMessage() + " in '" + text + "'");
        }
    }

    /** Reads the arguments up to the closing parenthesis, noting where each starts in {@code starts}. */
    private List<Argument> arguments(int depth, List<Integer> starts) {
        List<Argument> arguments = new ArrayList<>();
        skipWhitespace();
        if (peek() == ')') {
            pos++;
            return arguments;
        }
        while (true) {
            skipWhitespace();
            starts.add(pos);
            arguments.add(argument(depth));
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == ')') {
                return arguments;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ')'");
            }
        }
    }

    private Argument argument(int depth) {
        char c = peek();
        if (c == '\'') {
            return stringLiteral();
        }
        if (c == '$') {
            return path();
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        if (text.startsWith(PREFIX, pos)) {
            return call(depth + 1);
        }
        for (String keyword : new String[] {"true", "false", "null"}) {
            if (text.startsWith(keyword, pos) && !isWordChar(pos + keyword.length())) {
                pos += keyword.length();
                return new Argument.Literal(Json.parse(keyword), null);
            }
        }
        throw error("expected an argument (a 'string', a number, true, false, null, a path or a States. call)");
    }

    private Argument stringLiteral() {
        int start = ++pos;
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                if (pos + 1 >= text.length()) {
                    break;
                }
                char escaped = text.charAt(pos + 1);
                if (ESCAPABLE.indexOf(escaped) < 0) {
                    throw error("a backslash in a string literal may only escape ' { } or \\, not " + escaped);
                }
                value.append(escaped);
                pos += 2;
            } else if (c == '\'') {
                String raw = text.substring(start, pos);
                pos++;
                return new Argument.Literal(Json.NODES.textNode(value.toString()), raw);
            } else {
                value.append(c);
                pos++;
            }
        }
        pos = start - 1;
        throw error("unterminated string literal");
    }

    /** A path runs up to the next ',' or ')' outside brackets, parentheses and quotes (filters may hold both). */
    private Argument path() {
        int start = pos;
        int depth = 0;
        char quote = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if ((c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ')') && depth == 0) {
                break;
            }
            pos++;
        }
        String pathText = text.substring(start, pos).strip();
        try {
            return new Argument.PathArgument(Path.compile(pathText));
        } catch (PathSyntaxException e) {
            throw IntrinsicSyntaxException.of(Kind.INVALID_PATH, e.reason())
                    .column(e.column() < 0 ? start : start + e.column()).cause(e)
                    .build("invalid path '" + pathText + "' in '" + text + "': " + e.getMessage());
        }
    }

    private Argument number() {
        int start = pos;
        pos++;
        while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String literal = text.substring(start, pos);
        BigDecimal value;
        try {
            value = new BigDecimal(literal);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("invalid number '" + literal + "'");
        }
        JsonNode node = literal.contains(".") || literal.contains("e") || literal.contains("E")
                ? Json.NODES.numberNode(value)
                : Json.NODES.numberNode(value.toBigIntegerExact());
        return new Argument.Literal(node, null);
    }

    private static void checkArguments(Signature signature, List<Argument> arguments, int callStart,
            List<Integer> starts) {
        if (!signature.acceptsCount(arguments.size())) {
            String reason = signature.name() + " takes " + signature.arityDescription() + ", but "
                    + arguments.size() + (arguments.size() == 1 ? " was" : " were") + " given";
            throw IntrinsicSyntaxException.of(Kind.WRONG_ARGUMENT_COUNT, reason)
                    .function(signature.name()).arity(signature.arityDescription(), arguments.size())
                    .column(callStart).build(reason);
        }
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i) instanceof Argument.Literal literal) {
                ArgType expected = signature.typeAt(i);
                if (!expected.accepts(literal.value())) {
                    String reason = "argument " + (i + 1) + " of " + signature.name() + " must be "
                            + expected.description() + ", but is " + Json.write(literal.value());
                    throw IntrinsicSyntaxException.of(Kind.WRONG_ARGUMENT_TYPE, reason)
                            .function(signature.name()).column(starts.get(i)).build(reason);
                }
            }
        }
    }

    private boolean isWordChar(int index) {
        return index < text.length() && (Character.isLetterOrDigit(text.charAt(index)) || text.charAt(index) == '_');
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end of the expression");
        }
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipWhitespace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IntrinsicSyntaxException error(String problem) {
        return error(Kind.SYNTAX, problem);
    }

    private IntrinsicSyntaxException error(Kind kind, String problem) {
        return IntrinsicSyntaxException.of(kind, problem).column(pos)
                .build("invalid intrinsic function call '" + text + "': " + problem + " at position " + (pos + 1));
    }
}
