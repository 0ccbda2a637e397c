package dev.stepwise.runtime.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.error.StatesError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Replays, against this layer alone, every conformance case whose recorded AWS history holds an
 * {@code EvaluationFailed} event reachable through a chain of Pass states, and compares the cause and location
 * with what AWS wrote. The cases are read from the shared corpus at test time (never copied into the project);
 * without the corpus the test is skipped.
 */
class RecordedCausesTest {

    private static final Pattern ENTERED_EVENT = Pattern.compile("entered at the event id #(\\d+)");

    @TestFactory
    Stream<DynamicTest> causesMatchTheRecordedOnes() {
        assumeThat(RecordedCases.available()).as("conformance corpus at " + RecordedCases.DIRECTORY).isTrue();
        Map<String, JsonNode> cases = RecordedCases.matching(recorded -> evaluationFailedEvent(recorded) != null);
        assertThat(cases).as("cases with an EvaluationFailed event").isNotEmpty();
        return cases.entrySet().stream().map(recorded -> DynamicTest.dynamicTest(recorded.getKey(),
                () -> replay(recorded.getValue(), evaluationFailedEvent(recorded.getValue()))));
    }

    private static JsonNode evaluationFailedEvent(JsonNode recorded) {
        for (JsonNode event : recorded.path("expected").path("history")) {
            if ("EvaluationFailed".equals(event.path("type").asText())) {
                return event.get("evaluationFailedEventDetails");
            }
        }
        return null;
    }

    private static void replay(JsonNode recorded, JsonNode failed) {
        JsonNode definition = recorded.get("definition");
        String failingState = failed.get("state").asText();
        RecordedCases.Progress progress;
        try {
            progress = RecordedCases.runPassStates(definition, recorded.get("input"), failingState);
        } catch (IllegalArgumentException e) {
            assumeThat(e).as("the failing state is reached through Pass states only").isNull();
            return;
        }

        JsonNode state = definition.get("States").get(failingState);
        JsonNode input = progress.input();
        JsonataBindings bindings = JsonataBindings.builder().input(input).variables(progress.variables()).build();
        String location = failed.hasNonNull("location") ? failed.get("location").asText() : null;
        QueryEvaluationException failure = location == null
                ? mapInputFailure(state, input)
                : catchThrowableOfType(QueryEvaluationException.class, () -> evaluateField(state, location, bindings));

        assertThat(failure).as("a QueryEvaluationException").isNotNull();
        assertThat(failure.location()).isEqualTo(location);
        String expectedCause = failed.get("cause").asText();
        Matcher entered = ENTERED_EVENT.matcher(expectedCause);
        assertThat(entered.find()).isTrue();
        StatesError error = failure.toStatesError(failingState, Long.parseLong(entered.group(1)));
        assertThat(error.error()).isEqualTo(failed.get("error").asText());
        assertThat(error.cause()).isEqualTo(expectedCause);
    }

    private static void evaluateField(JsonNode state, String location, JsonataBindings bindings) {
        String field = location.split("/", 2)[0];
        JsonataTemplate template = JsonataTemplate.compile(state.get(field), field);
        if (field.equals("Items")) {
            template.evaluateArray(bindings);
        } else {
            template.evaluate(bindings);
        }
    }

    private static QueryEvaluationException mapInputFailure(JsonNode state, JsonNode input) {
        assertThat(state.path("Type").asText()).isEqualTo("Map");
        assertThat(input.isArray()).isFalse();
        return QueryEvaluationException.mapInputNotArray(input);
    }
}
