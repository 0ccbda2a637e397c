package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;

/** Test helper: JSON written with single quotes, so definitions stay readable inline. */
final class Asl {

    private Asl() {
    }

    static JsonNode json(String singleQuoted) {
        return Json.parse(singleQuoted.replace('\'', '"'));
    }

    static String text(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
