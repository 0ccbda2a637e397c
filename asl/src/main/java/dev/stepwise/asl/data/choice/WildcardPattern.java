package dev.stepwise.asl.data.choice;

import java.util.ArrayList;
import java.util.List;

/**
 * A StringMatches pattern: {@code *} matches any run of characters (including none), {@code \*} a literal star and
 * {@code \\} a literal backslash; everything else matches itself.
 *
 * <p>Matched by hand rather than as a regular expression: {@code .*a.*a.*a...b} backtracks in time exponential in
 * its stars on a long run of {@code a}s, and both the pattern (the definition) and the text (the input) are the
 * user's. With stars only, taking each literal part at its leftmost place after the previous one is the whole
 * search, so a match costs one scan per part.
 */
final class WildcardPattern {

    /**
     * The literal parts around the stars: the first a prefix, the last a suffix (each empty where the pattern
     * starts or ends with a star), the others in order between them. One part: no star.
     */
    private final List<String> parts;

    private WildcardPattern(List<String> parts) {
        this.parts = parts;
    }

    /** @throws IllegalArgumentException when a backslash escapes anything but {@code *} or {@code \} */
    static WildcardPattern compile(String pattern) {
        List<String> parts = new ArrayList<>();
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
                parts.add(literal.toString());
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        parts.add(literal.toString());
        return new WildcardPattern(List.copyOf(parts));
    }

    boolean matches(String text) {
        if (parts.size() == 1) {
            return text.equals(parts.get(0));
        }
        String prefix = parts.get(0);
        String suffix = parts.get(parts.size() - 1);
        if (prefix.length() + suffix.length() > text.length() || !text.startsWith(prefix) || !text.endsWith(suffix)) {
            return false;
        }
        int from = prefix.length();
        int end = text.length() - suffix.length();
        for (int k = 1; k < parts.size() - 1; k++) {
            String part = parts.get(k);
            int at = text.indexOf(part, from);
            if (at < 0 || at + part.length() > end) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }
}
