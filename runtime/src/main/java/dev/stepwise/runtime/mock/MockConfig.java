package dev.stepwise.runtime.mock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.DuplicateKeys;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.JsonSyntaxError;
import dev.stepwise.asl.data.Utf8Text;
import dev.stepwise.asl.validation.JsonPointer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code MockConfigFile.json} in Step Functions Local's format, read and checked:
 *
 * <pre>{@code
 * {"StateMachines": {"<machine>": {"TestCases": {"<case>": {"<state>": "<mocked response>"}}}},
 *  "MockedResponses": {"<mocked response>": {"0": {"Throw": {"Error": "...", "Cause": "..."}},
 *                                            "1-2": {"Return": {...}}}}}
 * }</pre>
 *
 * <p>Invocations are numbered from 0 per state and execution (retries and Map iterations count), one number or an
 * inclusive range per entry, each entry holding exactly one {@code Return} (any JSON value) or {@code Throw} (an
 * object of the strings {@code Error} and {@code Cause}). Ranges must not overlap; they need not cover every
 * invocation: an execution that reaches an invocation no entry answers fails with {@code States.Runtime} when it
 * gets there, as Step Functions Local fails it (an empty entry is accepted for the same reason). States a test case
 * does not list are not mocked. Names are unique, as AWS documents for test cases and mocked responses: a name given
 * twice in one object is a mistake, not a silent replacement.
 *
 * <p>Immutable; {@link #read} and {@link #parse} report every mistake of a file at once.
 */
public final class MockConfig {

    private static final String STATE_MACHINES = "StateMachines";
    private static final String MOCKED_RESPONSES = "MockedResponses";
    private static final String TEST_CASES = "TestCases";
    private static final Pattern RANGE = Pattern.compile("(\\d{1,18})(?:-(\\d{1,18}))?");

    /** Test cases by state machine name, then by test case name. */
    private final Map<String, Map<String, MockTestCase>> machines;

    private MockConfig(Map<String, Map<String, MockTestCase>> machines) {
        this.machines = machines;
    }

    /**
     * Reads a mock configuration file.
     *
     * @throws MockConfigException listing every mistake in the file, each with its JSON location
     * @throws UncheckedIOException when the file cannot be read
     */
    public static MockConfig read(Path file) {
        byte[] document;
        try {
            document = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mock configuration " + file + ": " + e.getMessage(), e);
        }
        return parse(document, file.toString());
    }

    /**
     * Parses a mock configuration file's bytes read from {@code source} (a class path resource, say), which must be
     * UTF-8 text, as JSON is (RFC 8259, section 8.1): a file saved in another encoding is a mistake to report, not
     * text to guess at.
     *
     * @throws MockConfigException listing every mistake, each with its JSON location
     */
    public static MockConfig parse(byte[] document, String source) {
        String text;
        try {
            text = Utf8Text.decode(document);
        } catch (IllegalArgumentException e) {
            throw new MockConfigException(source, List.of(new MockConfigProblem("", "not UTF-8 text: "
                    + e.getMessage())));
        }
        return parse(text, source);
    }

    /**
     * Parses a mock configuration document.
     *
     * @throws MockConfigException listing every mistake, each with its JSON location
     */
    public static MockConfig parse(String json) {
        return parse(json, "document");
    }

    /**
     * Parses a mock configuration document read from {@code source} (a class path resource, say), which the
     * exception names.
     *
     * @throws MockConfigException listing every mistake, each with its JSON location
     */
    public static MockConfig parse(String json, String source) {
        JsonNode root;
        try {
            root = Json.parse(json);
        } catch (IllegalArgumentException e) {
            throw new MockConfigException(source, List.of(new MockConfigProblem("",
                    "not valid JSON: " + JsonSyntaxError.describe(e))));
        }
        Reader reader = new Reader();
        // AWS: test case names are "unique per state machine", mocked responses have "unique field names"; a tree
        // would keep the last of two silently
        DuplicateKeys.in(json).forEach(key -> reader.problems.add(new MockConfigProblem(key.pointer(), "'"
                + key.name() + "' is named a second time here; names in a mock configuration are "
                + "unique (the later entry would silently replace the earlier)")));
        Map<String, Map<String, MockTestCase>> machines = reader.read(root);
        if (!reader.problems.isEmpty()) {
            throw new MockConfigException(source, reader.problems);
        }
        return new MockConfig(machines);
    }

    /** The state machine names the file configures, in file order. */
    public Set<String> stateMachines() {
        return machines.keySet();
    }

    /** The test cases of a state machine, in file order; empty when the file does not name the machine. */
    public Set<String> testCases(String stateMachine) {
        return machines.getOrDefault(stateMachine, Map.of()).keySet();
    }

    /** The test case {@code testCase} of the state machine named {@code stateMachine}, if the file has it. */
    public Optional<MockTestCase> testCase(String stateMachine, String testCase) {
        return Optional.ofNullable(machines.getOrDefault(stateMachine, Map.of()).get(testCase));
    }

    /** Walks the document once, collecting every mistake instead of stopping at the first. */
    private static final class Reader {
        private final List<MockConfigProblem> problems = new ArrayList<>();

        private void problem(JsonPointer at, String message) {
            problems.add(new MockConfigProblem(at.toString(), message));
        }

        Map<String, Map<String, MockTestCase>> read(JsonNode root) {
            JsonPointer top = JsonPointer.root();
            if (!root.isObject()) {
                problem(top, "a mock configuration is an object with the fields StateMachines and MockedResponses, "
                        + "not " + kind(root));
                return Map.of();
            }
            root.fieldNames().forEachRemaining(field -> {
                if (!field.equals(STATE_MACHINES) && !field.equals(MOCKED_RESPONSES)) {
                    problem(top.field(field), "unknown field '" + field
                            + "'; a mock configuration has the fields StateMachines and MockedResponses");
                }
            });
            Map<String, MockedResponse> responses = responses(root.get(MOCKED_RESPONSES), top.field(MOCKED_RESPONSES));
            return machines(root.get(STATE_MACHINES), top.field(STATE_MACHINES), responses);
        }

        private Map<String, Map<String, MockTestCase>> machines(JsonNode node, JsonPointer at,
                Map<String, MockedResponse> responses) {
            if (!isObject(node, at, "StateMachines", "an object of state machines by name")) {
                return Map.of();
            }
            Map<String, Map<String, MockTestCase>> machines = new LinkedHashMap<>();
            node.properties().forEach(machine -> {
                JsonPointer machineAt = at.field(machine.getKey());
                if (!isObject(machine.getValue(), machineAt, "a state machine's entry", "an object with TestCases")) {
                    return;
                }
                machine.getValue().fieldNames().forEachRemaining(field -> {
                    if (!field.equals(TEST_CASES)) {
                        problem(machineAt.field(field), "unknown field '" + field
                                + "'; a state machine's entry has the one field TestCases");
                    }
                });
                JsonNode cases = machine.getValue().get(TEST_CASES);
                JsonPointer casesAt = machineAt.field(TEST_CASES);
                if (!isObject(cases, casesAt, "TestCases", "an object of test cases by name")) {
                    return;
                }
                Map<String, MockTestCase> byName = new LinkedHashMap<>();
                cases.properties().forEach(testCase -> {
                    MockTestCase read = testCase(machine.getKey(), testCase.getKey(), testCase.getValue(),
                            casesAt.field(testCase.getKey()), responses);
                    if (read != null) {
                        byName.put(testCase.getKey(), read);
                    }
                });
                machines.put(machine.getKey(), Collections.unmodifiableMap(byName));
            });
            return Collections.unmodifiableMap(machines);
        }

        private MockTestCase testCase(String machine, String name, JsonNode node, JsonPointer at,
                Map<String, MockedResponse> responses) {
            if (!isObject(node, at, "a test case", "an object mapping Task state names to mocked responses")) {
                return null;
            }
            Map<String, MockedResponse> states = new LinkedHashMap<>();
            node.properties().forEach(state -> {
                JsonPointer stateAt = at.field(state.getKey());
                if (!state.getValue().isTextual()) {
                    problem(stateAt, "a test case maps a state to the name of a mocked response (a string), not "
                            + kind(state.getValue()));
                    return;
                }
                String mock = state.getValue().textValue();
                MockedResponse response = responses.get(mock);
                if (response == null) {
                    problem(stateAt, "no mocked response named '" + mock + "' in MockedResponses");
                    return;
                }
                states.put(state.getKey(), response);
            });
            return new MockTestCase(machine, name, states);
        }

        private Map<String, MockedResponse> responses(JsonNode node, JsonPointer at) {
            if (!isObject(node, at, "MockedResponses", "an object of mocked responses by name")) {
                return Map.of();
            }
            Map<String, MockedResponse> responses = new LinkedHashMap<>();
            node.properties().forEach(entry -> {
                JsonPointer entryAt = at.field(entry.getKey());
                if (!isObject(entry.getValue(), entryAt, "a mocked response",
                        "an object of answers by invocation number (\"0\") or range (\"1-2\")")) {
                    responses.put(entry.getKey(), new MockedResponse(entry.getKey(), List.of()));
                    return;
                }
                List<MockedResponse.Range> ranges = new ArrayList<>();
                entry.getValue().properties().forEach(invocation -> {
                    MockedResponse.Range range = range(invocation.getKey(), invocation.getValue(),
                            entryAt.field(invocation.getKey()), ranges);
                    if (range != null) {
                        ranges.add(range);
                    }
                });
                responses.put(entry.getKey(), new MockedResponse(entry.getKey(), ranges));
            });
            return responses;
        }

        private MockedResponse.Range range(String key, JsonNode node, JsonPointer at,
                List<MockedResponse.Range> earlier) {
            Matcher matcher = RANGE.matcher(key);
            long first = -1;
            long last = -1;
            if (!matcher.matches()) {
                problem(at, "'" + key + "' is not an invocation number (\"0\") or an inclusive range of them "
                        + "(\"1-2\")");
            } else {
                first = Long.parseLong(matcher.group(1));
                last = matcher.group(2) == null ? first : Long.parseLong(matcher.group(2));
                if (last < first) {
                    problem(at, "the range '" + key + "' ends before it starts");
                }
            }
            MockAnswer answer = answer(node, at);
            if (first < 0 || last < first || answer == null) {
                return null;
            }
            MockedResponse.Range range = new MockedResponse.Range(first, last, answer);
            for (MockedResponse.Range other : earlier) {
                if (range.overlaps(other)) {
                    problem(at, "invocations " + key + " are already answered by the entry "
                            + (other.first() == other.last() ? "\"" + other.first() + "\""
                                    : "\"" + other.first() + "-" + other.last() + "\""));
                    return null;
                }
            }
            return range;
        }

        private MockAnswer answer(JsonNode node, JsonPointer at) {
            if (!isObject(node, at, "an invocation's answer", "an object with exactly one field, Return or Throw")) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            node.fieldNames().forEachRemaining(fields::add);
            boolean ok = true;
            for (String field : fields) {
                if (!field.equals("Return") && !field.equals("Throw")) {
                    problem(at.field(field), "unknown field '" + field + "'; an answer is a Return or a Throw");
                    ok = false;
                }
            }
            if (node.has("Return") && node.has("Throw")) {
                problem(at, "an answer holds exactly one of Return and Throw, not both");
                return null;
            }
            if (!node.has("Return") && !node.has("Throw")) {
                if (ok) {
                    problem(at, "an answer holds exactly one of Return and Throw; this one holds neither");
                }
                return null;
            }
            if (node.has("Return")) {
                return ok ? new MockAnswer.Return(node.get("Return")) : null;
            }
            MockAnswer.Throw thrown = thrown(node.get("Throw"), at.field("Throw"));
            return ok ? thrown : null;
        }

        private MockAnswer.Throw thrown(JsonNode node, JsonPointer at) {
            if (!isObject(node, at, "Throw", "an object with the strings Error and Cause")) {
                return null;
            }
            boolean ok = true;
            var fields = node.fieldNames();
            while (fields.hasNext()) {
                String field = fields.next();
                if (!field.equals("Error") && !field.equals("Cause")) {
                    problem(at.field(field), "unknown field '" + field + "'; Throw has the fields Error and Cause");
                    ok = false;
                }
            }
            for (String field : List.of("Error", "Cause")) {
                JsonNode value = node.get(field);
                if (value == null) {
                    problem(at, "Throw needs the field " + field + " (a string)");
                    ok = false;
                } else if (!value.isTextual()) {
                    problem(at.field(field), field + " must be a string, not " + kind(value));
                    ok = false;
                }
            }
            return ok ? new MockAnswer.Throw(node.get("Error").textValue(), node.get("Cause").textValue()) : null;
        }

        private boolean isObject(JsonNode node, JsonPointer at, String what, String expected) {
            if (node == null) {
                problem(at, "missing " + what + ": " + expected);
                return false;
            }
            if (!node.isObject()) {
                problem(at, what + " must be " + expected + ", not " + kind(node));
                return false;
            }
            return true;
        }

        private static String kind(JsonNode node) {
            return switch (node.getNodeType()) {
                case ARRAY -> "an array";
                case BOOLEAN -> "a boolean";
                case NUMBER -> "a number";
                case STRING -> "a string";
                case NULL -> "null";
                default -> "an object";
            };
        }
    }
}
