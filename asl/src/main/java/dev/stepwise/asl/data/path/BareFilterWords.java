package dev.stepwise.asl.data.path;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filters that compare with an unquoted word, {@code $.items[?(@.lang==es)]}: JSONPath has no such literal, yet
 * Step Functions accepts the path when a state machine is created and fails only when a state evaluates it.
 */
final class BareFilterWords {

    private static final Pattern FILTER = Pattern.compile("\\[\\?\\((.*?)\\)\\s*]");
    private static final Pattern QUOTED = Pattern.compile("'(?:\\\\.|[^'\\\\])*'|\"(?:\\\\.|[^\"\\\\])*\"");
    private static final String OPERATOR = "(?:==|!=|<=|>=|<|>)";
    private static final String WORD = "([A-Za-z_][\\w.-]*)";
    private static final Pattern WORD_AFTER = Pattern.compile(OPERATOR + "\\s*" + WORD + "(?!\\s*\\()");
    private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\w@$.\\]])" + WORD + "\\s*" + OPERATOR);
    /** Words JSONPath filters do know as literals. */
    private static final Set<String> LITERALS = Set.of("true", "false", "null");

    private BareFilterWords() {
    }

    /** Whether a filter in {@code path} compares with a word that is neither quoted nor a literal. */
    static boolean compareWithOne(String path) {
        Matcher filter = FILTER.matcher(path);
        while (filter.find()) {
            String body = QUOTED.matcher(filter.group(1)).replaceAll("''");
            if (hasBareWord(WORD_AFTER.matcher(body)) || hasBareWord(WORD_BEFORE.matcher(body))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBareWord(Matcher words) {
        while (words.find()) {
            if (!LITERALS.contains(words.group(1))) {
                return true;
            }
        }
        return false;
    }
}
