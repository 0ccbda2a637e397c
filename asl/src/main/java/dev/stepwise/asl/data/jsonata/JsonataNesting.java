package dev.stepwise.asl.data.jsonata;

/**
 * Bounds how deeply an expression nests its brackets before the library parses it: the parser and the evaluator
 * recurse once or more per level, and a few hundred levels of {@code ((((...))))} would overflow a thread's stack.
 * Brackets inside string literals, backtick names and comments do not count.
 */
final class JsonataNesting {

    /** The deepest nesting of {@code ( [ {} accepted; real expressions stay within a handful of levels. */
    static final int MAX_DEPTH = 200;

    /** Where an expression first nests too deeply. */
    record Violation(int position) {
    }

    private JsonataNesting() {
    }

    /** The first bracket past {@link #MAX_DEPTH}, or {@code null} when the expression stays within it. */
    static Violation firstTooDeep(String expression) {
        int depth = 0;
        int length = expression.length();
        for (int i = 0; i < length; i++) {
            char c = expression.charAt(i);
            switch (c) {
                case '"', '\'', '`' -> i = endOfQuoted(expression, i, c);
                case '/' -> {
                    if (i + 1 < length && expression.charAt(i + 1) == '*') {
                        int end = expression.indexOf("*/", i + 2);
                        i = end < 0 ? length : end + 1;
                    }
                }
                case '(', '[', '{' -> {
                    if (++depth > MAX_DEPTH) {
                        return new Violation(i);
                    }
                }
                case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                default -> {
                }
            }
        }
        return null;
    }

    /** The index of the quote closing the literal opened at {@code start} (or the end of the text). */
    private static int endOfQuoted(String expression, int start, char quote) {
        for (int i = start + 1; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\\' && quote != '`') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return expression.length();
    }
}
