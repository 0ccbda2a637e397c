package dev.stepwise.runtime.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.runtime.error.StatesError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    private static final Path CASES = Path.of(System.getProperty("stepwise.conformance.cases",
            "/work/shared/conformance/cases"));
    private static final Pattern ENTERED_EVENT = Pattern.compile("entered at the event id #(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> causesMatchTheRecordedOnes() throws IOException {
        assumeThat(Files.isDirectory(CASES)).as("conformance corpus at " + CASES).isTrue();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode recorded = JSON.readTree(file.toFile());
                JsonNode failed = evaluationFailedEvent(recorded);
                if (failed != null) {
                    tests.add(DynamicTest.dynamicTest(file.getFileName().toString(),
                            () -> replay(recorded, failed)));
                }
            }
        }
        assertThat(tests).as("cases with an EvaluationFailed event").isNotEmpty();
        return tests.stream();
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
        JsonNode states = recorded.get("definition").get("States");
        String failingState = failed.get("state").asText();
        JsonNode input = recorded.get("input");
        Map<String, JsonNode> variables = new HashMap<>();
        String current = recorded.get("definition").get("StartAt").asText();
        while (!current.equals(failingState)) {
            JsonNode pass = states.get(current);
            assumeThat(pass.path("Type").asText()).as("state before the failing one is a Pass").isEqualTo("Pass");
            input = runPass(pass, input, variables);
            current = pass.path("Next").asText();
        }

        JsonNode state = states.get(failingState);
        JsonataBindings bindings = JsonataBindings.builder().input(input).variables(variables).build();
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

    /** A Pass state in JSONata: Assign sees the state's input; the output is Output, or the input. */
    private static JsonNode runPass(JsonNode pass, JsonNode input, Map<String, JsonNode> variables) {
        JsonataBindings bindings = JsonataBindings.builder().input(input).variables(Map.copyOf(variables)).build();
        if (pass.has("Assign")) {
            JsonataTemplate.compile(pass.get("Assign"), "Assign").evaluate(bindings).properties()
                    .forEach(field -> variables.put(field.getKey(), field.getValue()));
        }
        return pass.has("Output") ? JsonataTemplate.compile(pass.get("Output"), "Output").evaluate(bindings) : input;
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
