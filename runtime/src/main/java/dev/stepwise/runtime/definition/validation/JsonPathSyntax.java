package dev.stepwise.runtime.definition.validation;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;

/**
 * Syntax of the paths JSONPath states use: full JSONPath over the input ({@code $.a[?(@.b > 1)]}), the context
 * object ({@code $$.Execution.Id}) and variables ({@code $name.field}); and the narrower reference paths that
 * {@code ResultPath} and {@code ItemsPath} take, which address exactly one node.
 */
final class JsonPathSyntax {

    private JsonPathSyntax() {
    }

    /** A path that may read the input, the context object ({@code $$}) or a variable ({@code $name}). */
    static boolean isPath(String path) {
        if (!path.startsWith("$")) {
            return false;
        }
        return compiles("$" + path.substring(rootLength(path)));
    }

    /** A path over the state input only, as {@code InputPath} and {@code OutputPath} take. */
    static boolean isInputPath(String path) {
        return path.startsWith("$") && !path.startsWith("$$") && rootLength(path) == 1 && compiles(path);
    }

    /**
     * A reference path: {@code $} followed by {@code .name}, {@code ['name']} or {@code [index]} steps only,
     * so it names a single node and can be written to.
     */
    static boolean isReferencePath(String path) {
        if (!path.startsWith("$") || path.startsWith("$$")) {
            return false;
        }
        int at = 1;
        while (at < path.length()) {
            char c = path.charAt(at);
            if (c == '.') {
                int end = at + 1;
                while (end < path.length() && isNameChar(path.charAt(end))) {
                    end++;
                }
                if (end == at + 1) {
                    return false;
                }
                at = end;
            } else if (c == '[') {
                int close = bracketEnd(path, at);
                if (close < 0) {
                    return false;
                }
                at = close + 1;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Index of the {@code ]} closing a {@code ['name']} or {@code [digits]} step at {@code open}, or -1. */
    private static int bracketEnd(String path, int open) {
        int at = open + 1;
        if (at < path.length() && (path.charAt(at) == '\'' || path.charAt(at) == '"')) {
            char quote = path.charAt(at);
            int closeQuote = path.indexOf(quote, at + 1);
            if (closeQuote < 0 || closeQuote + 1 >= path.length() || path.charAt(closeQuote + 1) != ']') {
                return -1;
            }
            return closeQuote + 1;
        }
        int end = at;
        while (end < path.length() && Character.isDigit(path.charAt(end))) {
            end++;
        }
        return end > at && end < path.length() && path.charAt(end) == ']' ? end : -1;
    }

    private static boolean isNameChar(char c) {
        return c != '.' && c != '[' && c != ']' && c != '*' && c != '@' && c != '?' && c != '(' && c != ')'
                && c != ',' && c != ':' && c != '\'' && c != '"' && !Character.isWhitespace(c);
    }

    /** Length of the root: {@code $}, {@code $$}, or {@code $} plus a variable name. */
    private static int rootLength(String path) {
        if (path.startsWith("$$")) {
            return 2;
        }
        int end = 1;
        while (end < path.length() && (Character.isLetterOrDigit(path.charAt(end)) || path.charAt(end) == '_')) {
            end++;
        }
        return end;
    }

    private static boolean compiles(String path) {
        try {
            JsonPath.compile(path);
            return true;
        } catch (InvalidPathException e) {
            return false;
        } catch (RuntimeException e) {
            // Jayway reports a few malformed paths with other runtime exceptions; they are invalid all the same.
            return false;
        }
    }
}
