package dev.stepwise.runtime.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares what our runtime produced with what AWS recorded, as the corpus README prescribes: JSON values rather
 * than text, numbers numerically, and LocalStack's placeholders ({@code <uuid:1>}, {@code arn:<partition>:},
 * {@code date}, {@code <json-input:1>}) as wildcards for the volatile part they replaced.
 */
public final class ExpectedValueMatcher {

    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern DATE_WORD = Pattern.compile("\\bdate\\b");

    private final boolean datesReplaced;

    /** @param datesReplaced whether the case lists {@code date} among its placeholders */
    public ExpectedValueMatcher(boolean datesReplaced) {
        this.datesReplaced = datesReplaced;
    }

    public static ExpectedValueMatcher forCase(ConformanceCase c) {
        return new ExpectedValueMatcher(c.placeholders().contains("date"));
    }

    public boolean matches(JsonNode expected, JsonNode actual) {
        if (expected == null || expected.isMissingNode()) {
            return true;
        }
        if (actual == null || actual.isMissingNode()) {
            return expected.isNull();
        }
        if (expected.isTextual() && isWildcard(expected.textValue())) {
            return true;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isTextual() && actual.isTextual()) {
            return matchesText(expected.textValue(), actual.textValue());
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!actual.has(field.getKey()) || !matches(field.getValue(), actual.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!matches(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }

    /** Matches a recorded string (an error cause, say) in which placeholders stand for volatile parts. */
    public boolean matchesText(String expected, String actual) {
        if (expected == null) {
            return actual == null;
        }
        if (actual == null) {
            return false;
        }
        if (expected.equals(actual)) {
            return true;
        }
        boolean hasPlaceholder = PLACEHOLDER.matcher(expected).find()
                || (datesReplaced && DATE_WORD.matcher(expected).find());
        return hasPlaceholder && toPattern(expected).matcher(actual).matches();
    }

    private boolean isWildcard(String text) {
        return PLACEHOLDER.matcher(text).matches() || (datesReplaced && text.equals("date"));
    }

    private Pattern toPattern(String expected) {
        StringBuilder regex = new StringBuilder();
        Pattern tokens = datesReplaced ? Pattern.compile(PLACEHOLDER.pattern() + "|" + DATE_WORD.pattern()) : PLACEHOLDER;
        Matcher m = tokens.matcher(expected);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(expected.substring(last, m.start()))).append("(?s:.*?)");
            last = m.end();
        }
        regex.append(Pattern.quote(expected.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
