package dev.stepwise.runtime.definition.validation;

import java.util.Optional;
import java.util.Set;

/**
 * Checks the syntax of an intrinsic function call such as {@code States.Format('Hi {}', $.name)}: a known function
 * name, then arguments that are string literals, numbers, booleans, {@code null}, paths or nested calls. Inside a
 * string literal only {@code \'}, {@code \{}, {@code \}} and {@code \\} are escapes; AWS rejects any other.
 */
final class IntrinsicFunctionSyntax {

    static final Set<String> FUNCTIONS = Set.of(
            "States.Format", "States.StringToJson", "States.JsonToString", "States.Array", "States.ArrayPartition",
            "States.ArrayContains", "States.ArrayRange", "States.ArrayGetItem", "States.ArrayLength",
            "States.ArrayUnique", "States.Base64Encode", "States.Base64Decode", "States.Hash", "States.JsonMerge",
            "States.MathRandom", "States.MathAdd", "States.StringSplit", "States.UUID");

    /** AWS's documented limit on nesting calls inside calls. */
    private static final int MAX_DEPTH = 10;

    private final String text;
    private int at;

    private IntrinsicFunctionSyntax(String text) {
        this.text = text;
    }

    /** Whether a payload value is meant as a call rather than a path. */
    static boolean looksLikeCall(String value) {
        return value.startsWith("States.");
    }

    /** What is wrong with the call, or empty when it is well formed. */
    static Optional<String> syntaxError(String call) {
        IntrinsicFunctionSyntax parser = new IntrinsicFunctionSyntax(call);
        try {
            parser.call(1);
            parser.skipSpaces();
            if (parser.at != call.length()) {
                throw parser.error("unexpected text after the closing parenthesis");
            }
            return Optional.empty();
        } catch (SyntaxError e) {
            return Optional.of(e.getMessage());
        }
    }

    private void call(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("intrinsic functions nest at most " + MAX_DEPTH + " deep");
        }
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        String name = text.substring(start, at);
        if (!FUNCTIONS.contains(name)) {
            throw error("'" + name + "' is not an intrinsic function");
        }
        skipSpaces();
        expect('(');
        skipSpaces();
        if (peek() == ')') {
            at++;
            return;
        }
        while (true) {
            argument(depth);
            skipSpaces();
            char next = peek();
            at++;
            if (next == ')') {
                return;
            }
            if (next != ',') {
                throw error("expected ',' or ')' after an argument of " + name);
            }
            skipSpaces();
        }
    }

    private void argument(int depth) {
        char first = peek();
        if (first == '\'') {
            stringLiteral();
        } else if (first == '$') {
            path();
        } else if (first == '-' || Character.isDigit(first)) {
            number();
        } else if (text.startsWith("States.", at)) {
            call(depth + 1);
        } else if (!keyword("true") && !keyword("false") && !keyword("null")) {
            throw error("an argument must be a string in single quotes, a number, a boolean, null, a path"
                    + " or an intrinsic function");
        }
    }

    private void stringLiteral() {
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '\'') {
                return;
            }
            if (c == '\\') {
                char escaped = at < text.length() ? text.charAt(at++) : ' ';
                if ("'{}\\".indexOf(escaped) < 0) {
                    throw error("'\\" + escaped + "' is not an escape; only \\', \\{, \\} and \\\\ are");
                }
            }
        }
        throw error("a string argument is missing its closing quote");
    }

    /** A path argument runs to the next top-level ',' or ')'; brackets and quotes inside it are skipped. */
    private void path() {
        int start = at;
        int brackets = 0;
        char quote = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '(') {
                brackets++;
            } else if ((c == ']' || c == ')') && brackets > 0) {
                brackets--;
            } else if ((c == ',' || c == ')') && brackets == 0) {
                break;
            }
            at++;
        }
        String path = text.substring(start, at).strip();
        if (!JsonPathSyntax.isPath(path)) {
            throw error("'" + path + "' is not a valid path");
        }
    }

    private void number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        String number = text.substring(start, at);
        if (!number.matches("-?\\d+(\\.\\d+)?")) {
            throw error("'" + number + "' is not a number");
        }
    }

    private boolean keyword(String word) {
        if (text.startsWith(word, at)) {
            at += word.length();
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("the call ends too early");
        }
        return text.charAt(at);
    }

    private void skipSpaces() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }

    private SyntaxError error(String message) {
        return new SyntaxError(message + " (at character " + (at + 1) + ")");
    }

    /** Unwinds the recursive descent; never escapes this class. */
    private static final class SyntaxError extends RuntimeException {
        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }
}
