package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command and each error path, run in-process with captured streams; plus one run of the real script. */
class StepwiseCliTest {

    private static final String PASS = "{'StartAt':'P','States':{'P':{'Type':'Pass','Result':{'x':1},"
            + "'ResultPath':'$.r','End':true}}}";
    private static final String FAIL = "{'StartAt':'F','States':{'F':{'Type':'Fail','Error':'Boom','Cause':'why'}}}";
    private static final String INVALID = "{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'Gone'},"
            + "'B':{'Type':'Pass','End':true}}}";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int stepwise(String... args) {
        return new StepwiseCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String file(String name, String singleQuoted) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, singleQuoted.replace('\'', '"'));
        return file.toString();
    }

    @Test
    void runPrintsStatusOutputErrorAndCauseAsJson() throws IOException {
        int code = stepwise("run", file("pass.json", PASS), "--input", "{\"a\":2}");
        assertThat(code).isZero();
        JsonNode result = Json.parse(out());
        assertThat(result.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(result.get("output")).isEqualTo(Json.parse("{\"a\":2,\"r\":{\"x\":1}}"));
        assertThat(result.get("error").isNull()).isTrue();
        assertThat(result.get("cause").isNull()).isTrue();
        assertThat(result.has("history")).isFalse();
        assertThat(err()).isEmpty();
    }

    @Test
    void runTakesItsInputFromAFileAndAddsTheHistoryOnRequest() throws IOException {
        int code = stepwise("run", file("pass.json", PASS), "--history", "--input", file("in.json", "{'b':3}"));
        assertThat(code).isZero();
        JsonNode result = Json.parse(out());
        assertThat(result.get("output")).isEqualTo(Json.parse("{\"b\":3,\"r\":{\"x\":1}}"));
        assertThat(result.get("history").findValuesAsText("type")).containsExactly("ExecutionStarted",
                "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
    }

    @Test
    void aFailedRunExitsWithOneAndReportsTheError() throws IOException {
        int code = stepwise("run", file("fail.json", FAIL));
        assertThat(code).isEqualTo(1);
        JsonNode result = Json.parse(out());
        assertThat(result.get("status").asText()).isEqualTo("FAILED");
        assertThat(result.get("output").isNull()).isTrue();
        assertThat(result.get("error").asText()).isEqualTo("Boom");
        assertThat(result.get("cause").asText()).isEqualTo("why");
    }

    @Test
    void logLevelAllPrintsEveryHistoryEventAsACloudWatchRecordOnStderrWithItsData() throws IOException {
        int code = stepwise("run", file("pass.json", PASS), "--log-level", "all", "--input", "{\"a\":2}");
        assertThat(code).isZero();
        assertThat(Json.parse(out()).get("status").asText()).as("stdout stays the result").isEqualTo("SUCCEEDED");
        List<JsonNode> records = jsonLines(err());
        assertThat(records).extracting(r -> r.get("type").asText()).containsExactly("ExecutionStarted",
                "PassStateEntered", "PassStateExited", "ExecutionSucceeded");
        assertThat(records).extracting(r -> r.get("id").asText()).containsExactly("1", "2", "3", "4");
        assertThat(records.get(0).get("execution_arn").asText()).startsWith("arn:aws:states:");
        assertThat(records.get(3).at("/details/output").asText()).as("data included")
                .isEqualTo("{\"a\":2,\"r\":{\"x\":1}}");
    }

    @Test
    void logLevelErrorPrintsOnlyTheFailureEvents() throws IOException {
        assertThat(stepwise("run", file("fail.json", FAIL), "--log-level", "ERROR")).isEqualTo(1);
        assertThat(jsonLines(err())).extracting(r -> r.get("type").asText())
                .containsExactly("FailStateEntered", "ExecutionFailed");
    }

    @Test
    void logLevelOffPrintsNothingAndNoFlagPrintsNothingEither() throws IOException {
        String definition = file("fail.json", FAIL);
        assertThat(stepwise("run", definition, "--log-level", "OFF")).isEqualTo(1);
        assertThat(stepwise("run", definition)).isEqualTo(1);
        assertThat(err()).isEmpty();
    }

    @Test
    void eventsPrintsEachStatusChangeAsAnEventBridgeEventOnStderr() throws IOException {
        assertThat(stepwise("run", file("fail.json", FAIL), "--events")).isEqualTo(1);
        List<JsonNode> events = jsonLines(err());
        assertThat(events).extracting(e -> e.get("detail-type").asText())
                .containsOnly("Step Functions Execution Status Change");
        assertThat(events).extracting(e -> e.at("/detail/status").asText()).containsExactly("RUNNING", "FAILED");
        assertThat(events.get(1).at("/detail/error").asText()).isEqualTo("Boom");
        assertThat(Json.parse(out()).get("status").asText()).isEqualTo("FAILED");
    }

    /** AWS's EventBridge guide: Express workflows do not emit events to EventBridge. */
    @Test
    void eventsOfAnExpressWorkflowAreRefusedAsAwsSendsNone() throws IOException {
        assertBadUsage("--events: Express workflows emit no status change events; follow them with --log-level ALL",
                "run", file("pass.json", PASS), "--type", "EXPRESS", "--events");
    }

    @Test
    void anUnknownLogLevelIsOneLineWithExitTwo() throws IOException {
        assertInputError("stepwise: --log-level: unknown log level 'LOUD': use ALL, ERROR, FATAL or OFF", "run",
                file("pass.json", PASS), "--log-level", "LOUD");
        assertThat(out()).as("nothing ran").isEmpty();
    }

    private static List<JsonNode> jsonLines(String text) {
        return text.lines().map(Json::parse).toList();
    }

    @Test
    void runRejectsAnInvalidDefinitionWithEveryProblem() throws IOException {
        String definition = file("bad.json", INVALID);
        assertThat(stepwise("run", definition)).isEqualTo(1);
        // on stderr: stdout holds only the result document, which an invalid definition does not have
        assertThat(err()).contains(definition + ": MISSING_TRANSITION_TARGET: Missing 'Next' target: Gone")
                .contains("at /States/A/Next").contains("at /States/B");
        assertThat(out()).isEmpty();
    }

    @Test
    void validateListsEveryProblemOfEveryFileAndExitsWithOneWhenAnyIsFound() throws IOException {
        String good = file("good.json", PASS);
        String bad = file("bad.json", INVALID);
        assertThat(stepwise("validate", good, bad)).isEqualTo(1);
        assertThat(out().lines()).containsExactly(good + ": valid",
                bad + ": MISSING_TRANSITION_TARGET: Missing 'Next' target: Gone; a transition must name a state of"
                        + " the same States object (it cannot leave or enter a branch or item processor) at"
                        + " /States/A/Next",
                bad + ": MISSING_TRANSITION_TARGET: State \"B\" is not reachable. No transition leads to it from"
                        + " StartAt (A) at /States/B");
    }

    @Test
    void validateChecksEveryFileAfterOneItCannotReadAndExitsWithTwo() throws IOException {
        String good = file("good.json", PASS);
        String missing = dir.resolve("missing.json").toString();
        String broken = file("broken.json", "{'StartAt':");
        String bad = file("bad.json", INVALID);
        assertThat(stepwise("validate", good, missing, broken, bad)).isEqualTo(2);
        assertThat(out().lines()).first().isEqualTo(good + ": valid");
        assertThat(out()).contains(bad + ": MISSING_TRANSITION_TARGET: Missing 'Next' target: Gone");
        assertThat(err().lines()).hasSize(2).satisfiesExactly(
                line -> assertThat(line).isEqualTo("stepwise: no such file: " + missing),
                line -> assertThat(line).startsWith("stepwise: " + broken + " is not valid JSON: "));
    }

    @Test
    void validateExitsWithZeroWhenEveryDefinitionIsValid() throws IOException {
        assertThat(stepwise("validate", file("good.json", PASS))).isZero();
    }

    @Test
    void conformanceRunsEveryRunnableCaseAndWritesTheReport() throws IOException {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.writeString(cases.resolve("a.json"), caseJson("ok", PASS, "{'status':'SUCCEEDED',"
                + "'output':{'r':{'x':1}}}", true));
        Files.writeString(cases.resolve("b.json"), caseJson("wrong", FAIL, "{'status':'FAILED','error':'Other'}",
                true));
        Files.writeString(cases.resolve("c.json"), caseJson("needs-aws", FAIL, "{'status':'SUCCEEDED'}", false));
        Path report = dir.resolve("reports/today/report.json"); // its folders are made, as run --report's are
        int code = stepwise("conformance", cases.toString(), "--report", report.toString());
        assertThat(code).as("a case failed").isEqualTo(1);
        assertThat(out()).contains("paths").contains("1/2").contains("overall");
        JsonNode written = Json.parse(Files.readString(report));
        assertThat(written.get("cases").findValuesAsText("name")).containsExactly("ok", "wrong");
        assertThat(written.get("cases").get(1).get("error").asText()).isEqualTo("Boom");
        assertThat(written.get("summary").get("overall").get("passed").asInt()).isEqualTo(1);
    }

    private static String caseJson(String name, String definition, String expected, boolean runnable) {
        return ("{'name':'" + name + "','category':'paths','kind':'execution','runnable_locally':" + runnable
                + ",'definition':" + definition + ",'input':{},'expected':" + expected + "}").replace('\'', '"');
    }

    @Test
    void badUsageGivesOneLineAndTheUsageWithExitTwo() {
        assertThat(stepwise()).isEqualTo(2);
        assertThat(err()).startsWith("usage:");
        assertBadUsage("unknown command 'launch'", "launch");
        assertBadUsage("run needs a DEFINITION file", "run");
        assertBadUsage("--input needs a value", "run", "x.json", "--input");
        assertBadUsage("unexpected argument '--fast'", "run", "x.json", "--fast");
        assertBadUsage("--log-level needs a value", "run", "x.json", "--log-level");
        assertBadUsage("validate needs at least one DEFINITION file", "validate");
        assertBadUsage("conformance needs a DIR and --report FILE", "conformance", "cases");
    }

    /** A mistake with a known command shows that command's usage, as its --help does, not every command's. */
    @Test
    void badUsageOfACommandShowsThatCommandsUsage() {
        assertBadUsage("--port is a number from 0 to 65535, not 'abc'", "serve", "--port", "abc");
        assertThat(err()).contains("usage: stepwise serve ").doesNotContain("stepwise run ");
        assertBadUsage("graph needs a DEFINITION file", "graph");
        assertThat(err()).contains("usage: stepwise graph ").doesNotContain("stepwise serve ");
        assertBadUsage("unknown command 'launch'", "launch");
        assertThat(err()).contains("usage: stepwise run ").contains("       stepwise serve ");
    }

    @Test
    void eachCommandPrintsItsOwnUsageOnStdoutWithHelp() {
        for (String command : List.of("run", "test-state", "validate", "graph", "conformance", "serve")) {
            for (String help : List.of("--help", "-h")) {
                out.reset();
                err.reset();
                assertThat(stepwise(command, "x.json", help)).as(command + " " + help).isZero();
                assertThat(out()).as(command).startsWith("usage: stepwise " + command + " ");
                assertThat(out().lines().filter(line -> line.contains("stepwise "))).as("only " + command).hasSize(1);
                assertThat(err()).isEmpty();
            }
        }
        out.reset();
        assertThat(stepwise("--help")).isZero();
        assertThat(out()).startsWith("usage: stepwise run ").contains("       stepwise serve ");
    }

    @Test
    void anOptionWithOneDashIsBadUsageNotAMissingFile() {
        assertBadUsage("unexpected argument '-v'", "run", "-v");
        assertBadUsage("unexpected argument '-o'", "graph", "x.json", "-o", "g.svg");
        assertBadUsage("unexpected argument '-q'", "validate", "x.json", "-q");
    }

    private void assertBadUsage(String message, String... args) {
        err.reset();
        assertThat(stepwise(args)).isEqualTo(2);
        assertThat(err()).startsWith("stepwise: " + message + "\nusage:").doesNotContain("\tat ");
    }

    @Test
    void missingFilesAndMalformedJsonGiveOneLineWithExitTwo() throws IOException {
        assertInputError("stepwise: no such file: " + dir.resolve("none.json"), "run",
                dir.resolve("none.json").toString());
        String broken = file("broken.json", "{'StartAt':");
        assertInputError("stepwise: " + broken + " is not valid JSON: ", "validate", broken);
        assertInputError("stepwise: --input is neither a file nor valid JSON: ", "run", file("p.json", PASS),
                "--input", "{oops");
        assertInputError("stepwise: no such folder: " + dir.resolve("nowhere"), "conformance",
                dir.resolve("nowhere").toString(), "--report", dir.resolve("r.json").toString());
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Files.writeString(cases.resolve("bad.json"), "{");
        assertInputError("stepwise: cannot read conformance case " + cases.resolve("bad.json") + ": not valid JSON:"
                + " at line 1, column 2: Unexpected end-of-input", "conformance", cases.toString(), "--report",
                dir.resolve("r.json").toString());
        Files.writeString(cases.resolve("bad.json"), PASS.replace('\'', '"'));
        assertInputError("stepwise: cannot read conformance case " + cases.resolve("bad.json") + ": not a recorded"
                + " case (it needs 'kind' and a 'definition' object)", "conformance", cases.toString(), "--report",
                dir.resolve("r.json").toString());
        Files.write(cases.resolve("bad.json"), new byte[] {'{', (byte) 0xff, '}'});
        assertInputError("stepwise: cannot read conformance case " + cases.resolve("bad.json") + ": not UTF-8 text",
                "conformance", cases.toString(), "--report", dir.resolve("r.json").toString());
        Path none = Files.createDirectory(dir.resolve("none"));
        assertInputError("stepwise: no conformance cases (*.json files) in " + none, "conformance", none.toString(),
                "--report", dir.resolve("r.json").toString());
        // a report that cannot be written is refused before the cases run, not after
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertInputError("stepwise: cannot write " + plain.resolve("r.json") + ": " + plain + " is a file, not a "
                + "folder", "conformance", cases.toString(), "--report", plain.resolve("r.json").toString());
        assertInputError("stepwise: cannot write " + dir + ": it is a folder", "conformance", cases.toString(),
                "--report", dir.toString());
    }

    private void assertInputError(String start, String... args) {
        err.reset();
        assertThat(stepwise(args)).isEqualTo(2);
        assertThat(err()).startsWith(start).doesNotContain("\tat ");
        assertThat(err().lines()).hasSize(1);
    }

    /** The real launcher, as a user runs it; skipped until the runtime is built with its classpath file. */
    @Test
    void theStepwiseScriptRunsADefinition() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path script = root.resolveSibling("stepwise");
        Assumptions.assumeTrue(Files.isRegularFile(root.resolve("target/classpath.txt")) && Files.exists(script),
                "cli/target/classpath.txt is absent; build with mvn install first");
        Process process = new ProcessBuilder(script.toString(), "run", file("pass.json", PASS), "--input",
                "{\"a\":2}").redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(Json.parse(printed).get("output")).isEqualTo(Json.parse("{\"a\":2,\"r\":{\"x\":1}}"));
    }
}
