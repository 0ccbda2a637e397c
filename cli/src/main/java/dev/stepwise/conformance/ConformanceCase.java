package dev.stepwise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.asl.data.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One recorded case of the conformance corpus: a definition, an input, and what AWS returned.
 *
 * @param kind           {@code execution}, {@code test_state} or {@code create_state_machine}
 * @param testState      the TestState request fields ({@code stateName}, {@code inspectionLevel}, ...), or a missing node
 * @param placeholders   the volatile values LocalStack replaced in {@code expected}
 * @param test           the recording test's id (its file names the Express API tests)
 */
public record ConformanceCase(
        String name,
        String category,
        String kind,
        boolean runnableLocally,
        JsonNode definition,
        JsonNode input,
        JsonNode expected,
        JsonNode testState,
        List<String> placeholders,
        String test) {

    /** The Express tests live in {@code express/} or in files named {@code *_express.py}. */
    private static final Pattern EXPRESS_TEST = Pattern.compile("(^|[/_])express([/_.]|$)");

    public static ConformanceCase read(Path file) {
        JsonNode root;
        try {
            root = Json.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read conformance case " + file, e);
        } catch (IllegalArgumentException e) { // not JSON: reported as a case that cannot be read, as a missing one
            throw new UncheckedIOException("cannot read conformance case " + file, new IOException(e.getMessage(), e));
        }
        if (!root.path("definition").isObject() || !root.path("kind").isTextual()) {
            // a definition or any other JSON put in the folder by mistake would otherwise count as a skipped case
            throw new UncheckedIOException("cannot read conformance case " + file,
                    new IOException("not a recorded case (it needs 'kind' and a 'definition' object)"));
        }
        List<String> placeholders = new ArrayList<>();
        root.path("expected_placeholders").forEach(p -> placeholders.add(p.asText()));
        return new ConformanceCase(
                root.path("name").asText(),
                root.path("category").asText(),
                root.path("kind").asText(),
                root.path("runnable_locally").asBoolean(),
                root.path("definition"),
                root.path("input"),
                root.path("expected"),
                root.path("test_state"),
                List.copyOf(placeholders),
                root.path("test").asText(""));
    }

    /** Every case file of a corpus folder, sorted by name. */
    public static List<ConformanceCase> readAll(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(ConformanceCase::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list conformance cases in " + dir, e);
        }
    }

    /** The type the machine was created as: Express for LocalStack's Express API tests, else Standard. */
    public StateMachineType machineType() {
        return EXPRESS_TEST.matcher(test).find() ? StateMachineType.EXPRESS : StateMachineType.STANDARD;
    }

    public String expectedStatus() {
        return expected.path("status").asText(null);
    }

    /** Whether the definition or any of its states is written in JSONata. */
    public boolean usesJsonata() {
        return definition.toString().contains("\"QueryLanguage\":\"JSONata\"");
    }

    public List<String> expectedHistoryTypes() {
        List<String> types = new ArrayList<>();
        expected.path("history_types").forEach(t -> types.add(t.asText()));
        return types;
    }

    /**
     * The recorded events' id and previousEventId, in order; {@code null} for an event whose id the recording blanked
     * out. Empty when only the event types were recorded.
     */
    public List<CaseOutcome.Link> expectedHistoryLinks() {
        List<CaseOutcome.Link> links = new ArrayList<>();
        expected.path("history").forEach(event -> links.add(event.path("id").isIntegralNumber()
                ? new CaseOutcome.Link(event.path("id").asLong(), event.path("previousEventId").asLong()) : null));
        return links;
    }

    public boolean historyOrderNormalized() {
        return expected.path("history_order_normalized").asBoolean(false);
    }
}
