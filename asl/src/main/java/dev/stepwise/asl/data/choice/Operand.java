package dev.stepwise.asl.data.choice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.DataScope;
import dev.stepwise.asl.data.path.Path;
import dev.stepwise.asl.error.StatesErrors;

/** A path a rule reads: its {@code Variable}, or the second path of a {@code ...Path} operator. */
record Operand(Path path) {

    /**
     * Compiles the path held by a rule field.
     *
     * @throws IllegalArgumentException when the field is not a path string
     */
    static Operand compile(String field, JsonNode value) {
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a path string, but is "
                    + (value == null ? "missing" : value.toString()));
        }
        try {
            return new Operand(Path.compile(value.textValue()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + field + "' is not a valid path: " + e.getMessage(), e);
        }
    }

    /** The selected value, or {@code null} when the path selects nothing. */
    JsonNode find(DataScope scope) {
        return path.evaluate(scope);
    }

    /**
     * The selected value.
     *
     * @throws dev.stepwise.asl.error.StatesError {@code States.Runtime} when the path selects nothing, as AWS
     *     fails a Choice state that compares a missing field (IsPresent is the way to test for one)
     */
    JsonNode require(DataScope scope) {
        JsonNode value = path.evaluate(scope);
        if (value == null) {
            throw StatesErrors.runtime("Invalid path '" + path.source()
                    + "': The choice state's condition path references an invalid value.");
        }
        return value;
    }
}
