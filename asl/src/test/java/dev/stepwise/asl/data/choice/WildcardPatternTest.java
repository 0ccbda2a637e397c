package dev.stepwise.asl.data.choice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** StringMatches' wildcards, matched without a regular expression. */
class WildcardPatternTest {

    /** The reading of a pattern as the regular expression it spells: what the matcher must agree with. */
    private static boolean regexMatches(String pattern, String text) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    @Test
    void agreesWithTheRegularExpressionOnSeededRandomPatternsAndTexts() {
        Random random = new Random(20261208L);
        String[] patternPieces = {"a", "b", "ab", "*", "*", "\\*", "\\\\", "\n", "é"};
        String[] textPieces = {"a", "b", "*", "\\", "\n", "é", "ab", "ba"};
        int matched = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder pattern = new StringBuilder();
            for (int n = random.nextInt(7); n > 0; n--) {
                pattern.append(patternPieces[random.nextInt(patternPieces.length)]);
            }
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) {
                text.append(textPieces[random.nextInt(textPieces.length)]);
            }
            boolean expected = regexMatches(pattern.toString(), text.toString());
            assertThat(WildcardPattern.compile(pattern.toString()).matches(text.toString()))
                    .as("'%s' against '%s'", pattern, text).isEqualTo(expected);
            matched += expected ? 1 : 0;
        }
        assertThat(matched).as("cases that match, so both answers are exercised").isBetween(1_000, 19_000);
    }

    /**
     * As a regular expression this pattern backtracks through every way of placing twelve stars in 100,000
     * characters before it can say no; a part at a time it is one scan per part.
     */
    @Test
    void manyStarsAgainstALongTextWithoutTheLastPartAreOneScanPerPart() {
        String pattern = "*a".repeat(12) + "*b";
        String text = "a".repeat(100_000);

        assertThat(WildcardPattern.compile(pattern).matches(text)).isFalse();
        assertThat(WildcardPattern.compile(pattern).matches(text + "b")).isTrue();
    }

    @Test
    void partsMayNotOverlapThePrefixOrTheSuffix() {
        assertThat(WildcardPattern.compile("ab*ba").matches("aba")).isFalse();
        assertThat(WildcardPattern.compile("ab*ba").matches("abba")).isTrue();
        assertThat(WildcardPattern.compile("a*b*a").matches("aba")).isTrue();
        assertThat(WildcardPattern.compile("a*bb*a").matches("abba")).isTrue();
        assertThat(WildcardPattern.compile("a*bb*a").matches("abb")).isFalse();
    }
}
