package dev.stepwise.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The first place two JSON values differ, as text for an assertion message. Numbers are compared by value
 * ({@link Json#sameNumber}): the runtime may hold 3 as a BigInteger (an intrinsic's sum) where the expected text
 * parses as an int, and Jackson's own equality would call them different while both print as 3.
 */
final class JsonDifference {

    private JsonDifference() {
    }

    /** Where {@code actual} first differs from {@code expected}; empty when they are the same JSON. */
    static Optional<String> first(JsonNode expected, JsonNode actual) {
        return at("$", expected, actual);
    }

    private static Optional<String> at(String path, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return Json.sameNumber(expected, actual) ? Optional.empty() : differ(path, expected, actual);
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.properties().iterator(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode other = actual.get(field.getKey());
                if (other == null) {
                    return Optional.of(path + " has no field '" + field.getKey() + "'");
                }
                Optional<String> inner = at(path + "." + field.getKey(), field.getValue(), other);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            for (Iterator<String> names = actual.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!expected.has(name)) {
                    return Optional.of(path + " has the unexpected field '" + name + "'");
                }
            }
            return Optional.empty();
        }
        if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                Optional<String> inner = at(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return expected.size() == actual.size() ? Optional.empty() : Optional.of(path + " has " + actual.size()
                    + " element" + (actual.size() == 1 ? "" : "s") + ", not " + expected.size());
        }
        return expected.equals(actual) ? Optional.empty() : differ(path, expected, actual);
    }

    private static Optional<String> differ(String path, JsonNode expected, JsonNode actual) {
        return Optional.of(path + " is " + Json.write(actual) + ", not " + Json.write(expected));
    }
}
