package dev.stepwise.runtime.data.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * Compares an actual value with one recorded by AWS, as the corpus README says: JSON values, numbers by value,
 * and the snapshot placeholders ({@code <uuid:1>}, {@code <ArnPart_0idx>}, {@code date}, ...) matching any text.
 */
final class ExpectedJson {

    private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Za-z0-9_:\\-]+>|\\bdate\\b");

    private ExpectedJson() {
    }

    static boolean matches(JsonNode expected, JsonNode actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isTextual() && actual.isTextual()) {
            return textMatches(expected.textValue(), actual.textValue());
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
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!matches(expected.get(name), actual.get(name))) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }

    /** Exact text, or text where each placeholder stands for any run of characters. */
    static boolean textMatches(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        StringBuilder regex = new StringBuilder();
        var matcher = PLACEHOLDER.matcher(expected);
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(expected.substring(last, matcher.start()))).append(".+?");
            last = matcher.end();
        }
        if (last == 0) {
            return false;
        }
        regex.append(Pattern.quote(expected.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual).matches();
    }
}
