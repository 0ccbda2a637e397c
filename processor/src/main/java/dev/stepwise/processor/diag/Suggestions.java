package dev.stepwise.processor.diag;

import java.util.Collection;
import java.util.Comparator;

/** "Did you mean ...?" hints: the closest known name by edit distance, when it is close enough to be a typo. */
public final class Suggestions {

    private Suggestions() {
    }

    /** {@code "; did you mean X?"}, or an empty string when nothing is close. */
    public static String didYouMean(String wrong, Collection<String> known) {
        return known.stream()
                .filter(k -> distance(wrong.toLowerCase(), k.toLowerCase()) <= Math.max(2, wrong.length() / 3))
                .min(Comparator.comparingInt((String k) -> distance(wrong.toLowerCase(), k.toLowerCase())))
                .map(k -> "; did you mean \"" + k + "\"?")
                .orElse("");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
