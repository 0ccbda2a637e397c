package dev.stepwise.runtime.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads the shared conformance corpus (AWS-recorded executions) at test time, and runs chains of JSONata Pass
 * states with this layer alone, which is enough to check expressions, templates and variables against AWS.
 */
final class RecordedCases {

    static final Path DIRECTORY = Path.of(System.getProperty("stepwise.conformance.cases",
            "/work/shared/conformance/cases"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordedCases() {
    }

    static boolean available() {
        return Files.isDirectory(DIRECTORY);
    }

    /** The cases that pass the filter, by file name. */
    static Map<String, JsonNode> matching(Predicate<JsonNode> filter) {
        Map<String, JsonNode> cases = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode recorded = JSON.readTree(file.toFile());
                if (filter.test(recorded)) {
                    cases.put(file.getFileName().toString(), recorded);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** Whether every state is a JSONata Pass or Succeed state. */
    static boolean isJsonataPassChain(JsonNode definition) {
        String language = definition.path("QueryLanguage").asText("JSONPath");
        for (JsonNode state : definition.path("States")) {
            String type = state.path("Type").asText();
            if (!List.of("Pass", "Succeed").contains(type)
                    || !state.path("QueryLanguage").asText(language).equals("JSONata")) {
                return false;
            }
        }
        return true;
    }

    /** Where a run of Pass states stands: the next state's input and the variables so far. */
    record Progress(JsonNode input, Map<String, JsonNode> variables) {
    }

    /** Runs the Pass states from StartAt up to (not including) {@code stopAt}, or to the end when it is null. */
    static Progress runPassStates(JsonNode definition, JsonNode input, String stopAt) {
        JsonNode states = definition.get("States");
        Map<String, JsonNode> variables = new HashMap<>();
        String current = definition.get("StartAt").asText();
        while (current != null && !current.equals(stopAt)) {
            JsonNode state = states.get(current);
            if (!List.of("Pass", "Succeed").contains(state.path("Type").asText())) {
                throw new IllegalArgumentException("not a Pass state: " + current);
            }
            input = runPass(state, input, variables);
            current = state.hasNonNull("Next") ? state.get("Next").asText() : null;
        }
        return new Progress(input, variables);
    }

    /** A JSONata Pass state: Assign sees values as of state entry; the output is Output, or the input. */
    private static JsonNode runPass(JsonNode pass, JsonNode input, Map<String, JsonNode> variables) {
        JsonataBindings bindings = JsonataBindings.builder().input(input).variables(Map.copyOf(variables)).build();
        JsonNode output = pass.has("Output")
                ? JsonataTemplate.compile(pass.get("Output"), "Output").evaluate(bindings) : input;
        if (pass.has("Assign")) {
            JsonataTemplate.compile(pass.get("Assign"), "Assign").evaluate(bindings).properties()
                    .forEach(field -> variables.put(field.getKey(), field.getValue()));
        }
        return output;
    }
}
