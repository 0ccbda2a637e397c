package dev.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;

/** Compares JSON documents as JSON does ({@link Json#sameJson}), a missing document being like no other. */
final class JsonComparison {

    private JsonComparison() {
    }

    static boolean sameJson(JsonNode expected, JsonNode actual) {
        return expected != null && actual != null && Json.sameJson(expected, actual);
    }
}
