package dev.stepwise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares what our runtime produced with what AWS recorded, as the corpus README prescribes: JSON values rather
 * than text, numbers numerically, and LocalStack's placeholders ({@code <uuid:1>}, {@code arn:<partition>:},
 * {@code <json-input:1>}, and the plain words a case lists such as {@code date}, {@code 111111111111} or
 * {@code snf_role_arn}) as wildcards for the volatile part they replaced.
 */
public final class ExpectedValueMatcher {

    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>\\s]+>");

    /** Placeholders in angle brackets, plus the case's listed plain-word ones ({@code date}, the account, ...). */
    private final Pattern tokens;

    /** @param placeholders the case's {@code expected_placeholders}: plain words among them become wildcards too */
    public ExpectedValueMatcher(Collection<String> placeholders) {
        String words = placeholders.stream().filter(p -> !p.contains("<") && !p.isBlank())
                .sorted(Comparator.comparing(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.tokens = words.isEmpty() ? PLACEHOLDER
                : Pattern.compile(PLACEHOLDER.pattern() + "|(?<![\\w-])(?:" + words + ")(?![\\w-])");
    }

    public static ExpectedValueMatcher forCase(ConformanceCase c) {
        return new ExpectedValueMatcher(c.placeholders());
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
            return Json.sameNumber(expected, actual);
        }
        if (expected.isTextual() && actual.isTextual()) {
            return matchesText(expected.textValue(), actual.textValue());
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator(); it.hasNext(); ) {
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
        return tokens.matcher(expected).find() && toPattern(expected).matcher(actual).matches();
    }

    private boolean isWildcard(String text) {
        return tokens.matcher(text).matches();
    }

    private Pattern toPattern(String expected) {
        StringBuilder regex = new StringBuilder();
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
