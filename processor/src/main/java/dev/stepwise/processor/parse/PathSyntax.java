package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Finding;
import dev.stepwise.processor.diag.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks JSONPath syntax as Step Functions accepts it. Paths ({@code InputPath}, {@code ItemsPath}, {@code .$}
 * values) may use wildcards, slices and filters; reference paths ({@code ResultPath}, Choice variables) name a
 * single node: only {@code .name}, {@code ['name']} and {@code [index]}.
 */
public final class PathSyntax {

    private PathSyntax() {
    }

    /** A path into the state input ({@code $...}) or the context object ({@code $$...}). */
    public static Optional<Finding> checkPath(String path, String what) {
        return check(path, what, false, true);
    }

    /** A reference path, as ResultPath and Choice variables need; {@code $$} only where {@code context} allows. */
    public static Optional<Finding> checkReferencePath(String path, String what, boolean context) {
        return check(path, what, true, context);
    }

    /** The property names of a simple path ({@code $.a.b['c']} gives a, b, c), stopping at the first index or wildcard. */
    public static List<String> segments(String path) {
        var names = new ArrayList<String>();
        if (!path.startsWith("$") || path.startsWith("$$")) {
            return names;
        }
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.' && i + 1 < path.length() && path.charAt(i + 1) != '.' && path.charAt(i + 1) != '*') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                names.add(path.substring(i + 1, end));
                i = end;
            } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '\'') {
                int end = path.indexOf('\'', i + 2);
                if (end < 0) {
                    return names;
                }
                names.add(path.substring(i + 2, end));
                i = end + 2;
            } else {
                return names;
            }
        }
        return names;
    }

    private static Optional<Finding> check(String path, String what, boolean reference, boolean context) {
        if (path.isEmpty()) {
            return invalid(path, what, "it is empty; a path starts with $");
        }
        if (!path.startsWith("$")) {
            return invalid(path, what, "a path starts with $");
        }
        int i = 1;
        if (path.startsWith("$$")) {
            if (!context) {
                return invalid(path, what, "the context object ($$) cannot be used here");
            }
            i = 2;
        }
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                if (i + 1 < path.length() && path.charAt(i + 1) == '.') {
                    if (reference) {
                        return invalid(path, what, "deep scan (..) cannot be used in a reference path");
                    }
                    i++;
                }
                int start = ++i;
                if (i < path.length() && path.charAt(i) == '*') {
                    if (reference) {
                        return invalid(path, what, "wildcards cannot be used in a reference path");
                    }
                    i++;
                    continue;
                }
                while (i < path.length() && isNameChar(path.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    return invalid(path, what, "expected a property name at column " + (start + 1));
                }
            } else if (c == '[') {
                int close = closing(path, i);
                if (close < 0) {
                    return invalid(path, what, "unclosed [ at column " + (i + 1));
                }
                String inside = path.substring(i + 1, close).trim();
                Optional<String> reason = checkSubscript(inside, reference);
                if (reason.isPresent()) {
                    return invalid(path, what, reason.get());
                }
                i = close + 1;
            } else {
                return invalid(path, what, "unexpected '" + c + "' at column " + (i + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkSubscript(String inside, boolean reference) {
        if (inside.matches("\\d+") || inside.matches("'[^']*'")) {
            return Optional.empty();
        }
        if (reference) {
            return Optional.of("a reference path allows only [index] and ['name'] subscripts, not [" + inside + "]");
        }
        if (inside.equals("*") || inside.matches("-?\\d*:-?\\d*(:-?\\d+)?") || inside.matches("\\d+(\\s*,\\s*\\d+)+")
                || inside.matches("'[^']*'(\\s*,\\s*'[^']*')+") || inside.matches("\\?\\(.+\\)")) {
            return Optional.empty();
        }
        return Optional.of("[" + inside + "] is not an index, a name, a slice, * or a filter ?(...)");
    }

    private static int closing(String path, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                depth++;
            } else if (!quoted && c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$' || c == '@';
    }

    private static Optional<Finding> invalid(String path, String what, String reason) {
        return Optional.of(Finding.of(Message.INVALID_PATH, path, what, reason));
    }
}
