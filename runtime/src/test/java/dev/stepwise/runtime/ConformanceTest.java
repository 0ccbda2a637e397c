package dev.stepwise.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.data.Json;
import dev.stepwise.runtime.definition.InvalidDefinitionException;
import dev.stepwise.runtime.history.HistoryEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the AWS-recorded conformance corpus (execution cases that need no AWS service) and compares status, output
 * and error with what AWS did. JSONPath cases and JSONata/variables cases are reported apart, each with the pass
 * rate per category and a floor that only goes up.
 */
class ConformanceTest {

    private static final Path CASES = Path.of(System.getProperty("stepwise.conformance",
            "/work/shared/conformance/cases"));

    /** Raised as the engine improves; intrinsic functions and Choice rules land from other branches. */
    private static final int MINIMUM_PASSING = 84;

    /** {@code causeMatches} is {@code null} when AWS reported no cause. */
    private record Result(String name, String category, boolean passed, boolean historyTypesMatch,
            Boolean causeMatches, String detail) {
    }

    /** The JSONata and variables cases: the category says so, or a state is written in JSONata. */
    private static final int MINIMUM_QUERY_PASSING = 116;

    @Test
    void awsRecordedExecutionsBehaveAlike() throws IOException {
        List<Result> results = runExecutions(false);
        assertThat(passed(results, "JSONPath executions")).isGreaterThanOrEqualTo(MINIMUM_PASSING);
    }

    @Test
    void awsRecordedJsonataAndVariableExecutionsBehaveAlike() throws IOException {
        List<Result> results = runExecutions(true);
        assertThat(passed(results, "JSONata and variables executions"))
                .isGreaterThanOrEqualTo(MINIMUM_QUERY_PASSING);
    }

    /** The JSONata and variables cases that called AWS services, replayed with the recorded service responses. */
    private static final int MINIMUM_REPLAYED_PASSING = 29;

    @Test
    void awsRecordedJsonataAndVariableExecutionsWithServicesBehaveAlike() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CASES), "conformance corpus not found at " + CASES);
        List<Result> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path file : files.sorted().toList()) {
                JsonNode testCase = Json.MAPPER.readTree(file.toFile());
                if ("execution".equals(testCase.path("kind").asText()) && testCase.path("needs_services").asBoolean()
                        && isJsonataOrVariables(testCase)) {
                    results.add(run(testCase, RecordedServiceResponses.replaying(testCase,
                            LocalRuntime.builder().clock(Clocks.virtual())).build()));
                }
            }
        }
        assertThat(passed(results, "JSONata and variables executions, services replayed"))
                .isGreaterThanOrEqualTo(MINIMUM_REPLAYED_PASSING);
    }

    private static List<Result> runExecutions(boolean jsonataOrVariables) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CASES), "conformance corpus not found at " + CASES);
        List<Result> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path file : files.sorted().toList()) {
                JsonNode testCase = Json.MAPPER.readTree(file.toFile());
                if (isRunnableExecution(testCase) && isJsonataOrVariables(testCase) == jsonataOrVariables) {
                    results.add(run(testCase));
                }
            }
        }
        return results;
    }

    /** Prints the figures per category and returns how many passed. */
    private static int passed(List<Result> results, String title) {
        Map<String, int[]> perCategory = new TreeMap<>();
        int passed = 0;
        int histories = 0;
        int causes = 0;
        int withCause = 0;
        for (Result r : results) {
            int[] counts = perCategory.computeIfAbsent(r.category(), c -> new int[2]);
            counts[1]++;
            if (r.passed()) {
                counts[0]++;
                passed++;
            } else if (System.getenv("CONFORMANCE_VERBOSE") != null) {
                System.out.println("FAIL " + r.name() + ": " + r.detail());
            }
            if (r.passed() && !r.historyTypesMatch() && System.getenv("CONFORMANCE_VERBOSE") != null) {
                System.out.println("HISTORY " + r.name());
            }
            if (r.passed() && Boolean.FALSE.equals(r.causeMatches()) && System.getenv("CONFORMANCE_VERBOSE") != null) {
                System.out.println("CAUSE " + r.name() + ": " + r.detail());
            }
            histories += r.historyTypesMatch() ? 1 : 0;
            if (r.causeMatches() != null) {
                withCause++;
                causes += r.causeMatches() ? 1 : 0;
            }
        }
        StringBuilder report = new StringBuilder("Conformance (" + title + "): " + passed + "/"
                + results.size() + " passed; history types match in " + histories + ", causes match in " + causes
                + " of " + withCause + "\n");
        perCategory.forEach((category, c) -> report.append(String.format("  %-22s %3d/%3d%n", category, c[0], c[1])));
        System.out.println(report);
        return passed;
    }

    /** The TestState cases (one state run alone), with next state and inspection data where AWS recorded them. */
    @Test
    void awsRecordedTestStateCallsBehaveAlike() throws IOException {
        assertThat(testStatePassing(false, "JSONPath")).isGreaterThanOrEqualTo(MINIMUM_TEST_STATE_PASSING);
    }

    @Test
    void awsRecordedJsonataTestStateCallsBehaveAlike() throws IOException {
        assertThat(testStatePassing(true, "JSONata")).isGreaterThanOrEqualTo(MINIMUM_JSONATA_TEST_STATE_PASSING);
    }

    private static final int MINIMUM_JSONATA_TEST_STATE_PASSING = 9;

    private static int testStatePassing(boolean jsonata, String title) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CASES), "conformance corpus not found at " + CASES);
        int total = 0;
        int passed = 0;
        List<String> failures = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path file : files.sorted().toList()) {
                JsonNode testCase = Json.MAPPER.readTree(file.toFile());
                if (!"test_state".equals(testCase.path("kind").asText()) || !testCase.path("runnable_locally")
                        .asBoolean() || Json.write(testCase).contains("JSONata") != jsonata) {
                    continue;
                }
                total++;
                String problem = runTestState(testCase);
                if (problem == null) {
                    passed++;
                } else {
                    failures.add(testCase.path("name").asText() + ": " + problem);
                }
            }
        }
        System.out.println("Conformance (TestState, " + title + "): " + passed + "/" + total + " passed");
        if (System.getenv("CONFORMANCE_VERBOSE") != null) {
            failures.forEach(f -> System.out.println("FAIL " + f));
        }
        return passed;
    }

    private static final int MINIMUM_TEST_STATE_PASSING = 24;

    private static String runTestState(JsonNode testCase) {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        JsonNode expected = testCase.get("expected");
        String stateName = testCase.path("test_state").path("stateName").asText(null);
        dev.stepwise.runtime.engine.ExecutionRun.TestOutcome outcome;
        try {
            outcome = stateName == null ? runtime.testState(testCase.get("definition"), testCase.get("input"))
                    : runtime.testState(testCase.get("definition"), stateName, testCase.get("input"));
        } catch (InvalidDefinitionException e) {
            return e.getMessage().replace('\n', ' ');
        }
        List<String> none = List.of();
        if (!outcome.status().name().equals(expected.path("status").asText())) {
            return "status " + outcome.status() + " " + outcome.error() + " " + outcome.cause();
        }
        if (outcome.status() == ExecutionStatus.SUCCEEDED && !matches(expected.get("output"), outcome.output(), none)) {
            return "output " + outcome.output();
        }
        if (outcome.status() == ExecutionStatus.FAILED && !expected.path("error").asText().equals(outcome.error())) {
            return "error " + outcome.error();
        }
        if (expected.hasNonNull("next_state") && !expected.get("next_state").asText().equals(outcome.nextState())) {
            return "next state " + outcome.nextState();
        }
        if (expected.has("inspection_data") && !matches(expected.get("inspection_data"), outcome.inspectionData(),
                none)) {
            return "inspection " + outcome.inspectionData() + " expected " + expected.get("inspection_data");
        }
        return null;
    }

    private static boolean isRunnableExecution(JsonNode testCase) {
        return "execution".equals(testCase.path("kind").asText()) && testCase.path("runnable_locally").asBoolean();
    }

    private static boolean isJsonataOrVariables(JsonNode testCase) {
        String category = testCase.path("category").asText();
        return category.equals("jsonata") || category.equals("variables")
                || Json.write(testCase.get("definition")).contains("\"QueryLanguage\":\"JSONata\"");
    }

    private static Result run(JsonNode testCase) {
        return run(testCase, LocalRuntime.builder().clock(Clocks.virtual()).build());
    }

    private static Result run(JsonNode testCase, LocalRuntime runtime) {
        String name = testCase.path("name").asText();
        String category = testCase.path("category").asText();
        JsonNode expected = testCase.get("expected");
        List<String> placeholders = new ArrayList<>();
        testCase.path("expected_placeholders").forEach(p -> placeholders.add(p.asText()));
        Execution execution;
        try {
            StateMachine machine = runtime.load(testCase.get("definition"));
            execution = runtime.start(machine, testCase.get("input")).await();
        } catch (InvalidDefinitionException e) {
            return new Result(name, category, false, false, null, e.getMessage().replace('\n', ' '));
        }
        String status = execution.status().name();
        boolean statusMatches = status.equals(expected.path("status").asText());
        boolean passed = statusMatches;
        String detail = "status " + status + " " + execution.error() + " " + execution.cause();
        if (passed && "SUCCEEDED".equals(status)) {
            passed = matches(expected.get("output"), execution.output(), placeholders);
            detail = "output " + execution.output() + " expected " + expected.get("output");
        } else if (passed && "FAILED".equals(status)) {
            String error = expected.path("error").isTextual() ? expected.path("error").asText() : null;
            passed = error == null ? execution.error() == null : error.equals(execution.error());
            detail = "error " + execution.error() + " expected " + error;
        }
        Boolean causeMatches = null;
        if (expected.path("cause").isTextual() && !expected.path("cause").asText().isEmpty()) {
            causeMatches = execution.cause() != null
                    && matches(expected.get("cause"), Json.NODES.textNode(execution.cause()), placeholders);
            detail += " cause " + execution.cause();
        }
        List<String> types = execution.history().stream().map(HistoryEvent::type).toList();
        List<String> expectedTypes = new ArrayList<>();
        expected.path("history_types").forEach(t -> expectedTypes.add(t.asText()));
        boolean historyMatches = !expectedTypes.isEmpty() && (expectedTypes.equals(types)
                || (testCase.path("history_order_normalized").asBoolean() && sorted(expectedTypes).equals(sorted(types))));
        return new Result(name, category, passed, historyMatches, causeMatches, detail);
    }

    private static List<String> sorted(List<String> types) {
        return types.stream().sorted().toList();
    }

    /** Compares JSON values the corpus's way: numbers numerically, placeholders and {@code date} as wildcards. */
    static boolean matches(JsonNode expected, JsonNode actual, List<String> placeholders) {
        if (expected == null || expected.isNull()) {
            return actual == null || actual.isNull();
        }
        if (actual == null) {
            return false;
        }
        if (expected.isTextual() && isWildcard(expected.textValue(), placeholders)) {
            return true;
        }
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isObject() && actual.isObject()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!actual.has(field.getKey()) || !matches(field.getValue(), actual.get(field.getKey()), placeholders)) {
                    return false;
                }
            }
            return true;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!matches(expected.get(i), actual.get(i), placeholders)) {
                    return false;
                }
            }
            return true;
        }
        return expected.equals(actual);
    }

    private static boolean isWildcard(String text, List<String> placeholders) {
        if (text.equals("date") || (text.contains("<") && text.contains(">"))) {
            return true;
        }
        for (String placeholder : placeholders) {
            if (text.contains(placeholder)) {
                return true;
            }
        }
        return false;
    }
}
