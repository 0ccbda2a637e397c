package dev.stepwise.asl.data.choice;

import java.util.regex.Pattern;

/**
 * A StringMatches pattern: {@code *} matches any run of characters (including none), {@code \*} a literal star and
 * {@code \\} a literal backslash; everything else matches itself. Compiled once to a regular expression.
 */
final class WildcardPattern {

    private final Pattern regex;

    private WildcardPattern(Pattern regex) {
        this.regex = regex;
    }

    /** @throws IllegalArgumentException when a backslash escapes anything but {@code *} or {@code \} */
    static WildcardPattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
                if (next != '*' && next != '\\') {
                    throw new IllegalArgumentException("StringMatches pattern '" + pattern
                            + "': a backslash may only escape '*' or '\\'");
                }
                literal.append(next);
                i++;
            } else if (c == '*') {
                flush(regex, literal);
                regex.append(".*");
            } else {
                literal.append(c);
            }
        }
        flush(regex, literal);
        return new WildcardPattern(Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    private static void flush(StringBuilder regex, StringBuilder literal) {
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }

    boolean matches(String text) {
        return regex.matcher(text).matches();
    }
}
