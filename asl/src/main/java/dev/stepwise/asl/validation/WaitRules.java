package dev.stepwise.asl.validation;

import dev.stepwise.asl.FieldBound;
import dev.stepwise.asl.Rfc3339;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A Wait state waits in exactly one way: Seconds, Timestamp, SecondsPath or TimestampPath. */
final class WaitRules {

    private static final List<String> WAYS = List.of("Seconds", "Timestamp", "SecondsPath", "TimestampPath");

    private final Problems problems;
    private final ValueChecks checks;

    WaitRules(Problems problems, ValueChecks checks) {
        this.problems = problems;
        this.checks = checks;
    }

    void check(StateNode state) {
        List<String> present = WAYS.stream().filter(state::has).toList();
        if (present.size() != 1) {
            problems.schema(state.at(), "A Wait state needs exactly one of "
                    + (state.isJsonata() ? "Seconds or Timestamp" : "Seconds, Timestamp, SecondsPath or TimestampPath")
                    + ", but has " + (present.isEmpty() ? "none" : String.join(", ", present)));
        }
        if (state.has("Seconds")) {
            checks.boundedOrExpression(state, FieldBound.WAIT_SECONDS);
        }
        if (state.has("Timestamp")) {
            timestamp(state);
        }
        for (String pathField : List.of("SecondsPath", "TimestampPath")) {
            if (state.has(pathField)) {
                checks.path(state.get(pathField), state.at(pathField), pathField);
            }
        }
    }

    private void timestamp(StateNode state) {
        JsonNode value = state.get("Timestamp");
        JsonPointer at = state.at("Timestamp");
        if (state.isJsonata() && value.isTextual() && JsonataSyntax.isExpression(value.textValue())) {
            checks.jsonataExpression(value.textValue(), at);
        } else if (!value.isTextual() || !Rfc3339.isTimestamp(value.textValue())) {
            // AWS's wording; a JSONata expression in a JSONPath state is not a timestamp either.
            problems.schema(at, "String does not match RFC3339 timestamp (e.g. 2016-03-14T01:59:00Z: uppercase T,"
                    + " and Z or an offset like +01:00)");
        }
    }
}
