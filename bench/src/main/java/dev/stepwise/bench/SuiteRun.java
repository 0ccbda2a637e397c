package dev.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.task.TaskContext;
import dev.stepwise.runtime.task.TaskHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test-suite workload: runs the cases of {@code bench/suite/cases.json} the way a JUnit test of each would,
 * a runtime on the virtual clock with the case's mocks per state name, the workflow loaded and run once, then the
 * assertions on status, error, cause and output. compare.sh times the whole process, from class loading to the last
 * assertion, against the peer running the same definitions and mocks ({@code bench/suite/peer-suite.mjs}).
 *
 * <pre>
 * SuiteRun &lt;cases.json&gt; &lt;definitions-dir&gt;     (the samples' {@code META-INF/stepwise} folder)
 * </pre>
 *
 * <p>Prints one JSON line; exits 1 naming each case that failed.
 */
public final class SuiteRun {

    /**
     * Each workflow's text, read once, as a test class holds its definition and the peer's suite reads each file
     * once; every case still loads it into a runtime of its own.
     */
    private static final Map<String, String> DEFINITIONS = new HashMap<>();

    private SuiteRun() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SuiteRun <cases.json> <definitions-dir>");
            System.exit(2);
        }
        long start = System.nanoTime();
        JsonNode cases = Json.parse(read(Path.of(args[0]))).path("cases");
        List<String> failures = new ArrayList<>();
        for (JsonNode testCase : cases) {
            String failure = run(testCase, Path.of(args[1]));
            if (failure != null) {
                failures.add(testCase.path("name").asText() + ": " + failure);
            }
        }
        failures.forEach(System.err::println);
        // concatenated, not printf: a Formatter's first use costs a fresh JVM as much as a few test cases
        double inProcessMs = Math.round((System.nanoTime() - start) / 1e5) / 10.0;
        System.out.println("{\"tool\":\"stepwise\",\"cases\":" + cases.size() + ",\"failed\":" + failures.size()
                + ",\"inProcessMs\":" + inProcessMs + "}");
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** Runs one case; returns why it failed, or {@code null} when every assertion held. */
    static String run(JsonNode testCase, Path definitions) {
        LocalRuntime.Builder builder = LocalRuntime.builder().clock(Clocks.virtual());
        for (Map.Entry<String, JsonNode> mock : testCase.path("mocks").properties()) {
            builder.stateHandler(mock.getKey(), new Mock(mock.getValue()));
        }
        LocalRuntime runtime = builder.build();
        String workflow = testCase.path("workflow").asText();
        String definition = DEFINITIONS.computeIfAbsent(workflow,
                name -> read(definitions.resolve(name + ".asl.json")));
        Execution run = runtime.start(runtime.load(definition), testCase.path("input")).await();
        return check(testCase.path("expect"), run);
    }

    private static String check(JsonNode expect, Execution run) {
        String status = run.status().name();
        String expected = expect.path("status").asText();
        if (!status.equals(expected)) {
            return "status " + status + " (" + run.error() + ": " + run.cause() + "), expected " + expected;
        }
        for (String field : new String[] {"error", "cause"}) {
            String actual = field.equals("error") ? run.error() : run.cause();
            if (expect.has(field) && !expect.path(field).asText().equals(actual)) {
                return field + " " + actual + ", expected " + expect.path(field).asText();
            }
        }
        if (expect.has("output") && !JsonComparison.sameJson(expect.path("output"), run.output())) {
            return "output " + Json.write(run.output()) + ", expected " + Json.write(expect.path("output"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.path("fields").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode actual = at(run.output(), field.getKey());
            if (!JsonComparison.sameJson(field.getValue(), actual)) {
                return field.getKey() + " is " + (actual == null ? "missing" : Json.write(actual)) + ", expected "
                        + Json.write(field.getValue());
            }
        }
        return null;
    }

    /** The node at a dotted path of field names and array indexes ({@code fulfilment.0.chargeId}), or null. */
    static JsonNode at(JsonNode document, String dotted) {
        JsonNode node = document;
        for (String step : dotted.split("\\.")) {
            if (node == null) {
                return null;
            }
            node = node.isArray() && step.matches("\\d+") ? node.get(Integer.parseInt(step)) : node.get(step);
        }
        return node;
    }

    /**
     * A mocked Task: the n-th call answers with the n-th outcome (the last repeats): {@code result}, {@code select}
     * (a field of the Task's input) or {@code error} with {@code cause}.
     */
    static final class Mock implements TaskHandler {

        private final JsonNode outcomes;
        private final AtomicInteger calls = new AtomicInteger();

        Mock(JsonNode outcomes) {
            this.outcomes = Objects.requireNonNull(outcomes);
        }

        @Override
        public JsonNode handle(JsonNode input, TaskContext context) {
            JsonNode outcome = outcomes.get(Math.min(calls.getAndIncrement(), outcomes.size() - 1));
            if (outcome.has("error")) {
                throw new StatesError(outcome.path("error").asText(), outcome.path("cause").asText(null));
            }
            if (outcome.has("select")) {
                return input.path(outcome.path("select").asText());
            }
            return outcome.path("result");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
