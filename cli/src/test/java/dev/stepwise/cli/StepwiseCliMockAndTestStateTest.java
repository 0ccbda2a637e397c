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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} with mock files, clocks and machine types, and {@code test-state} with mocks: each flag and its bad
 * usage. AWS's documented Step Functions Local example (the runtime module's test resources) runs unchanged.
 */
class StepwiseCliMockAndTestStateTest {

    /** AWS's LambdaSQSIntegration example, as the runtime's tests keep it. */
    private static final Path AWS_EXAMPLE = Path.of("..", "runtime", "src", "test", "resources", "mock");

    private static final String CHARGE = "{'StartAt':'Charge','States':{'Charge':{'Type':'Task',"
            + "'Resource':'arn:aws:states:::lambda:invoke','ResultSelector':{'paid.$':'$.Payload.ok'},"
            + "'ResultPath':'$.charge','Catch':[{'ErrorEquals':['Card.Declined'],'ResultPath':'$.error',"
            + "'Next':'Declined'}],'Next':'Done'},'Declined':{'Type':'Fail'},'Done':{'Type':'Succeed'}}}";
    private static final String LONG_WAIT = "{'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':400,'End':true}}}";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int stepwise(String... args) {
        out.reset();
        err.reset();
        return new StepwiseCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private JsonNode result() {
        return Json.parse(out.toString(StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String file(String name, String singleQuoted) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, singleQuoted.replace('\'', '"'));
        return file.toString();
    }

    private static String example(String name) {
        return AWS_EXAMPLE.resolve(name).toString();
    }

    private static Duration took(JsonNode result) {
        JsonNode history = result.get("history");
        return Duration.between(Instant.parse(history.get(0).get("timestamp").asText()),
                Instant.parse(history.get(history.size() - 1).get("timestamp").asText()));
    }

    @Test
    void runsAwsDocumentedMockFileUnchangedOnTheVirtualClock() {
        int code = stepwise("run", example("LambdaSQSIntegration.asl.json"), "--mock-config",
                example("MockConfigFile.json"), "--test-case", "RetryPath", "--history");

        assertThat(code).as(err()).isZero();
        JsonNode result = result();
        assertThat(result.get("output").get("MessageId").asText()).isEqualTo("3bcb6e8e-8b51-4375-b0bc-1a59812c6e51");
        assertThat(result.get("history").findValuesAsText("type").stream().filter("TaskFailed"::equals)).hasSize(3);
        // the 2 s, 4 s and 8 s retry intervals passed on the virtual clock, from its fixed start
        assertThat(took(result)).isEqualTo(Duration.ofSeconds(14));
        assertThat(result.get("history").get(0).get("timestamp").asText()).isEqualTo("2024-01-01T00:00:00Z");
    }

    @Test
    void namesTheMachineWhenTheFileConfiguresSeveral() throws IOException {
        String config = file("mocks.json", "{'StateMachines':{'A':{'TestCases':{'T':{'P':'R'}}},"
                + "'B':{'TestCases':{'T':{'P':'S'}}}},'MockedResponses':{'R':{'0':{'Return':'from A'}},"
                + "'S':{'0':{'Return':'from B'}}}}");
        String definition = file("task.json", "{'StartAt':'P','States':{'P':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::lambda:invoke','End':true}}}");

        assertThat(stepwise("run", definition, "--mock-config", config, "--test-case", "T", "--state-machine", "B"))
                .isZero();
        assertThat(result().get("output").asText()).isEqualTo("from B");

        assertThat(stepwise("run", definition, "--mock-config", config, "--test-case", "T")).isEqualTo(2);
        assertThat(err()).isEqualTo("stepwise: the mock configuration has 2 state machines [A, B]; name one with "
                + "--state-machine\n");
        assertThat(stepwise("run", definition, "--mock-config", config, "--test-case", "Nope", "--state-machine",
                "A")).isEqualTo(2);
        assertThat(err()).isEqualTo("stepwise: the mock configuration has no test case 'Nope' for state machine 'A'; "
                + "it has [T]\n");
    }

    @Test
    void listsEveryMistakeOfAMockFileOneLineEach() throws IOException {
        String config = file("bad.json", "{'StateMachines':{'A':{'TestCases':{'T':{'P':'Missing'}}}},"
                + "'MockedResponses':{'R':{'1-0':{'Return':1}}}}");

        assertThat(stepwise("run", example("LambdaSQSIntegration.asl.json"), "--mock-config", config, "--test-case",
                "T")).isEqualTo(2);
        assertThat(err().lines()).containsExactly(
                "stepwise: " + config + ": the range '1-0' ends before it starts (at /MockedResponses/R/1-0)",
                "stepwise: " + config + ": no mocked response named 'Missing' in MockedResponses "
                        + "(at /StateMachines/A/TestCases/T/P)");
    }

    @Test
    void theSystemClockRunsInRealTime() throws IOException {
        String definition = file("pass.json", "{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}");
        Instant before = Instant.now();

        assertThat(stepwise("run", definition, "--clock", "system", "--history")).isZero();
        Instant started = Instant.parse(result().get("history").get(0).get("timestamp").asText());
        assertThat(started).isAfterOrEqualTo(before.minusSeconds(1));
    }

    @Test
    void typeExpressRunsAnExpressMachineWithItsFiveMinuteLimit() throws IOException {
        String definition = file("wait.json", LONG_WAIT);

        assertThat(stepwise("run", definition)).isZero();
        assertThat(stepwise("run", definition, "--type", "EXPRESS")).isEqualTo(1);
        assertThat(result().get("status").asText()).isEqualTo("TIMED_OUT");
        // and an Express machine is validated with Express's rules
        String callback = file("callback.json", "{'StartAt':'Ask','States':{'Ask':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::sqs:sendMessage.waitForTaskToken','Parameters':{'QueueUrl':'q',"
                + "'MessageBody':{'t.$':'$$.Task.Token'}},'End':true}}}");
        assertThat(stepwise("run", callback, "--type", "EXPRESS")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("/States/Ask/Resource"); // stdout: results only
    }

    @Test
    void testStateRunsANamedStateWithAMockedResultOrError() throws IOException {
        String definition = file("charge.json", CHARGE);

        assertThat(stepwise("test-state", definition, "--state", "Charge", "--input", "{\"id\":7}",
                "--mock-result", "{\"Payload\":{\"ok\":true}}")).isZero();
        assertThat(result()).isEqualTo(Json.parse("{\"status\":\"SUCCEEDED\",\"output\":{\"id\":7,\"charge\":"
                + "{\"paid\":true}},\"nextState\":\"Done\",\"error\":null,\"cause\":null}"));

        assertThat(stepwise("test-state", definition, "--state", "Charge", "--mock-error", "Card.Declined",
                "--mock-cause", "no funds", "--inspection-level", "DEBUG")).isZero();
        JsonNode caught = result();
        assertThat(caught.get("status").asText()).isEqualTo("CAUGHT_ERROR");
        assertThat(caught.get("error").asText()).isEqualTo("Card.Declined");
        assertThat(caught.get("nextState").asText()).isEqualTo("Declined");
        assertThat(caught.get("output")).isEqualTo(Json.parse("{\"error\":{\"Error\":\"Card.Declined\","
                + "\"Cause\":\"no funds\"}}"));
        assertThat(caught.get("inspectionData").get("errorDetails")).isEqualTo(Json.parse("{\"catchIndex\":0}"));

        assertThat(stepwise("test-state", definition, "--state", "Charge", "--mock-error", "Card.Expired"))
                .isEqualTo(1);
        assertThat(result().get("error").asText()).isEqualTo("Card.Expired");
    }

    /** AWS's "Testing retry and error handling" (test-state-isolation): RETRIABLE until the retries run out. */
    @Test
    void testStateReportsARetriableErrorUntilTheRetriesMadeReachMaxAttempts() throws IOException {
        String state = file("retried.json", "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
                + "'Retry':[{'ErrorEquals':['Lambda.ServiceException'],'IntervalSeconds':2,'MaxAttempts':3,"
                + "'BackoffRate':2.0}],'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Recover'}],'End':true}");

        assertThat(stepwise("test-state", state, "--mock-error", "Lambda.ServiceException", "--retrier-retry-count",
                "1", "--inspection-level", "DEBUG")).isEqualTo(1);
        assertThat(result().get("status").asText()).isEqualTo("RETRIABLE");
        assertThat(result().get("inspectionData").get("errorDetails"))
                .isEqualTo(Json.parse("{\"retryBackoffIntervalSeconds\":4,\"retryIndex\":0}"));

        assertThat(stepwise("test-state", state, "--mock-error", "Lambda.ServiceException", "--retrier-retry-count",
                "3")).isZero();
        assertThat(result().get("status").asText()).isEqualTo("CAUGHT_ERROR");
        assertThat(result().get("nextState").asText()).isEqualTo("Recover");
    }

    @Test
    void testStateSetsVariablesFromJsonOrAFile() throws IOException {
        String state = file("pass.json", "{'Type':'Pass','QueryLanguage':'JSONata','Output':'{% $total * 2 %}',"
                + "'End':true}");

        assertThat(stepwise("test-state", state, "--variables", "{\"total\":21}")).isZero();
        assertThat(result().get("output").intValue()).isEqualTo(42);
        assertThat(stepwise("test-state", state, "--variables", file("vars.json", "{'total':5}"),
                "--inspection-level", "DEBUG")).isZero();
        assertThat(result().get("output").intValue()).isEqualTo(10);
        assertThat(result().get("inspectionData").get("variables")).isEqualTo(Json.parse("{\"total\":5}"));
    }

    /** TestState's context (with a mock, as AWS takes it), from JSON or a file, is the state's {@code $$}. */
    @Test
    void testStateGivesTheStateTheContextObject() throws IOException {
        String state = file("callback.json", "{'Type':'Task','Resource':'arn:aws:states:::sqs:sendMessage"
                + ".waitForTaskToken','Parameters':{'token.$':'$$.Task.Token','run.$':'$$.Execution.Name'},"
                + "'ResultPath':'$.sent','End':true}");

        assertThat(stepwise("test-state", state, "--mock-result", "{\"ok\":true}", "--context",
                "{\"Task\":{\"Token\":\"tk-1\"},\"Execution\":{\"Name\":\"run-1\"}}", "--inspection-level",
                "DEBUG")).isZero();
        assertThat(result().get("inspectionData").get("afterParameters"))
                .isEqualTo(Json.parse("{\"token\":\"tk-1\",\"run\":\"run-1\"}"));
        assertThat(stepwise("test-state", state, "--mock-result", "{}", "--context",
                file("context.json", "{'Task':{'Token':'tk-2'},'Execution':{'Name':'run-2'}}"),
                "--inspection-level", "DEBUG")).isZero();
        assertThat(result().get("inspectionData").get("afterParameters"))
                .isEqualTo(Json.parse("{\"token\":\"tk-2\",\"run\":\"run-2\"}"));

        assertInputError("stepwise: --context is a JSON object, the Context object ($$) the state reads",
                "test-state", state, "--mock-result", "{}", "--context", "[1]");
        assertInputError("stepwise: Invalid Context object provided: Field 'Exec' is not allowed", "test-state",
                state, "--mock-result", "{}", "--context", "{\"Exec\":{}}");
    }

    /** A mocked Map's failed iterations, weighed against its tolerated failures as AWS's stateConfiguration does. */
    @Test
    void testStateWeighsAMockedMapsFailedIterations() throws IOException {
        String map = file("map.json", "{'Type':'Map','ItemsPath':'$.items','ToleratedFailureCount':1,"
                + "'ItemProcessor':{'ProcessorConfig':{'Mode':'INLINE'},'StartAt':'P','States':{'P':{'Type':'Pass',"
                + "'End':true}}},'End':true}");

        assertThat(stepwise("test-state", map, "--input", "{\"items\":[1,2,3]}", "--mock-result", "[1,2,3]",
                "--map-iteration-failure-count", "1")).isZero();
        assertThat(result().get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(stepwise("test-state", map, "--input", "{\"items\":[1,2,3]}", "--mock-result", "[1,2,3]",
                "--map-iteration-failure-count", "2")).isEqualTo(1);
        assertThat(result().get("error").asText()).isEqualTo("States.ExceedToleratedFailureThreshold");
        assertInputError("stepwise: --map-iteration-failure-count is a whole number, 0 or more, not 'x'",
                "test-state", map, "--mock-result", "[]", "--map-iteration-failure-count", "x");
    }

    @Test
    void testStateTakesASingleStateAndItsMockResultFromAFile() throws IOException {
        String state = file("state.json", "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
                + "'OutputPath':'$.Payload','End':true}");
        String mock = file("result.json", "{'Payload':{'v':1}}");

        assertThat(stepwise("test-state", state, "--mock-result", mock, "--inspection-level", "TRACE")).isZero();
        assertThat(result().get("output")).isEqualTo(Json.parse("{\"v\":1}"));
        assertThat(result().get("inspectionData").isObject()).isTrue();
        assertThat(stepwise("test-state", state, "--mock-result", mock)).isZero();
        assertThat(result().has("inspectionData")).isFalse();
        // any case, as --type and --log-level take theirs
        assertThat(stepwise("test-state", state, "--mock-result", mock, "--inspection-level", "debug")).isZero();
        assertThat(result().get("inspectionData").isObject()).isTrue();
    }

    @Test
    void badUsageOfTheNewFlagsGivesOneLineAndExitTwo() throws IOException {
        String definition = file("charge.json", CHARGE);
        assertBadUsage("--mock-config and --test-case go together", "run", definition, "--mock-config", "m.json");
        assertBadUsage("--mock-config and --test-case go together", "run", definition, "--test-case", "T");
        assertBadUsage("--state-machine names the machine in a --mock-config", "run", definition,
                "--state-machine", "M");
        assertBadUsage("--clock needs a value", "run", definition, "--clock");
        assertBadUsage("test-state needs a DEFINITION file", "test-state");
        assertBadUsage("--mock-result and --mock-error exclude each other", "test-state", definition, "--state",
                "Charge", "--mock-result", "{}", "--mock-error", "E");
        assertBadUsage("--mock-cause goes with --mock-error", "test-state", definition, "--state", "Charge",
                "--mock-cause", "C");
        assertBadUsage("test-state needs --state NAME for a whole state machine", "test-state", definition);

        assertInputError("stepwise: --clock: unknown clock 'wall': use virtual or system", "run", definition,
                "--clock", "wall");
        assertInputError("stepwise: --type: unknown state machine type 'FAST': use STANDARD or EXPRESS", "run",
                definition, "--type", "FAST");
        assertInputError("stepwise: --inspection-level: unknown level 'ALL': use INFO, DEBUG or TRACE",
                "test-state", definition, "--state", "Charge", "--inspection-level", "ALL");
        assertInputError("stepwise: no such mock configuration file: " + dir.resolve("none.json"), "run", definition,
                "--mock-config", dir.resolve("none.json").toString(), "--test-case", "T");
        assertInputError("stepwise: " + dir + " is a folder, not a mock configuration file", "run", definition,
                "--mock-config", dir.toString(), "--test-case", "T");
        assertInputError("stepwise: the definition has no state named 'Nope'", "test-state", definition, "--state",
                "Nope");
        assertInputError("stepwise: State type 'Succeed' is not supported when a mock is specified",
                "test-state", definition, "--state", "Done", "--mock-result", "{}");
        assertInputError("stepwise: --variables is a JSON object of variable names and values", "test-state",
                definition, "--state", "Charge", "--variables", "[1]");
        assertInputError("stepwise: --retrier-retry-count is a whole number, 0 or more, not '-1'", "test-state",
                definition, "--state", "Charge", "--retrier-retry-count", "-1");
        assertInputError("stepwise: --retrier-retry-count is a whole number, 0 or more, not 'two'", "test-state",
                definition, "--state", "Charge", "--retrier-retry-count", "two");
        assertInputError("stepwise: --mock-result is neither a file nor valid JSON: ", "test-state", definition,
                "--state", "Charge", "--mock-result", "{oops");
    }

    private void assertBadUsage(String message, String... args) {
        assertThat(stepwise(args)).isEqualTo(2);
        assertThat(err()).startsWith("stepwise: " + message + "\nusage:").doesNotContain("\tat ");
    }

    private void assertInputError(String start, String... args) {
        assertThat(stepwise(args)).isEqualTo(2);
        assertThat(err()).startsWith(start).doesNotContain("\tat ");
        assertThat(List.of(err().split("\n"))).hasSize(1);
    }
}
