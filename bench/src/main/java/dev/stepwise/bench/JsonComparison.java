package dev.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/** Compares JSON documents as JSON does: {@code 3}, {@code 3.0} and a long 3 are the same number. */
final class JsonComparison {

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonComparison() {
    }

    static boolean sameJson(JsonNode expected, JsonNode actual) {
        return expected != null && actual != null && expected.equals(NUMBERS_BY_VALUE, actual);
    }
}
