package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stepwise serve} as the command line runs it: options, a mock file, and the endpoint answering. */
class ServeCommandTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome execute(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new StepwiseCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void servesTheApiWithTheMockFileUntilStopped() throws Exception {
        Path mocks = Files.writeString(dir.resolve("MockConfigFile.json"), """
                {"StateMachines": {"Hello": {"TestCases": {"Mocked": {"Call": "Answer"}}}},
                 "MockedResponses": {"Answer": {"0": {"Return": {"Payload": {"hello": "mock"}}}}}}
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        AtomicInteger code = new AtomicInteger(-1);
        Thread serving = new Thread(() -> code.set(new StepwiseCli(printed, printed).execute("serve", "--port", "0",
                "--clock", "virtual", "--mock-config", mocks.toString())));
        serving.start();
        try {
            URI endpoint = awaitEndpoint(out);
            JsonNode described = runMockedHello(endpoint);
            assertThat(described.path("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(Json.parse(described.path("output").asText())).isEqualTo(Json.parse("{\"hello\": \"mock\"}"));
            assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
            // what the AWS CLI needs for the operations AWS serves from a "sync-" host (README's AWS CLI steps)
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("export AWS_DISABLE_HOST_PREFIX_INJECTION=true");
        } finally {
            serving.interrupt();
            serving.join(TimeUnit.SECONDS.toMillis(10));
        }
        assertThat(serving.isAlive()).isFalse();
        assertThat(code.get()).isZero();
    }

    /**
     * Step Functions Local's JAR reads SFN_MOCK_CONFIG, else a MockConfigFile.json in the folder it was started from
     * (developer guide, sfn-local-test-sm-exec: "by default, it will attempt to read a mock configuration file named
     * MockConfigFile.json in the directory from which you launched Step Functions Local"; with both, the variable's).
     */
    @Test
    void findsTheMockFileAsStepFunctionsLocalDoesWithoutMockConfig() throws Exception {
        Files.writeString(dir.resolve("MockConfigFile.json"), helloMocks("from the folder"));
        Path named = Files.writeString(dir.resolve("EnvSpecifiedMockConfig.json"), helloMocks("from the variable"));

        assertThat(mockedHello(Map.of())).isEqualTo("from the folder");
        assertThat(mockedHello(Map.of("SFN_MOCK_CONFIG", named.toString()))).isEqualTo("from the variable");
    }

    private static String helloMocks(String answer) {
        return "{\"StateMachines\": {\"Hello\": {\"TestCases\": {\"Mocked\": {\"Call\": \"Answer\"}}}},"
                + "\"MockedResponses\": {\"Answer\": {\"0\": {\"Return\": {\"Payload\": \"" + answer + "\"}}}}}";
    }

    /** Serves from {@link #dir} with this environment; returns what the mocked Hello machine answered. */
    private String mockedHello(Map<String, String> environment) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        Thread serving = new Thread(() -> new ServeCommand(printed, environment, dir)
                .run(new Arguments(List.of("--port", "0", "--clock", "virtual"))));
        serving.start();
        try {
            URI endpoint = awaitEndpoint(out);
            JsonNode described = runMockedHello(endpoint);
            assertThat(described.path("status").asText()).as(described.toString()).isEqualTo("SUCCEEDED");
            return Json.parse(described.path("output").asText()).asText();
        } finally {
            serving.interrupt();
            serving.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Creates the Hello machine and runs its test case Mocked; returns DescribeExecution's answer. */
    private static JsonNode runMockedHello(URI endpoint) throws Exception {
        call(endpoint, "CreateStateMachine", "{\"name\": \"Hello\", \"roleArn\": \"arn:aws:iam::123456789012:role/r\","
                + "\"definition\": " + Json.NODES.textNode("{\"StartAt\": \"Call\", \"States\": {\"Call\": "
                        + "{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", "
                        + "\"Parameters\": {\"FunctionName\": \"hello\"}, \"OutputPath\": \"$.Payload\", "
                        + "\"End\": true}}}") + "}");
        String execution = call(endpoint, "StartExecution", "{\"stateMachineArn\": "
                + "\"arn:aws:states:us-east-1:123456789012:stateMachine:Hello#Mocked\"}").path("executionArn")
                .asText();
        return call(endpoint, "DescribeExecution", "{\"executionArn\": \"" + execution + "\"}");
    }

    private static URI awaitEndpoint(ByteArrayOutputStream out) throws InterruptedException {
        Pattern url = Pattern.compile("on (http://[0-9.]+:[0-9]+)");
        for (int i = 0; i < 1000; i++) {
            Matcher found = url.matcher(out.toString(StandardCharsets.UTF_8));
            if (found.find()) {
                return URI.create(found.group(1) + "/");
            }
            Thread.sleep(10);
        }
        throw new AssertionError("stepwise serve printed no endpoint: " + out);
    }

    private static JsonNode call(URI endpoint, String operation, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AWSStepFunctions." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    @Test
    void refusesBadOptionsWithOneLine() {
        Outcome clock = execute("serve", "--clock", "fast");
        assertThat(clock.code()).isEqualTo(2);
        assertThat(clock.err()).isEqualTo("stepwise: --clock: unknown clock 'fast': use virtual or system\n");
        assertThat(execute("serve", "--port", "99999").err()).contains("--port is a number from 0 to 65535");
        assertThat(execute("serve", "--lambda-endpoint", "localhost").err()).contains("--lambda-endpoint");
        Outcome missing = execute("serve", "--mock-config", dir.resolve("none.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such mock configuration file");
    }

    @Test
    void refusesAMockFileWithMistakes() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"StateMachines\": 3}");
        Outcome outcome = execute("serve", "--mock-config", bad.toString());
        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("stepwise: ").doesNotContain("\tat ");
        // as run lists them: one line each, with the file and the JSON location
        assertThat(outcome.err().lines()).allSatisfy(line -> assertThat(line).startsWith("stepwise: " + bad + ": ")
                .contains("(at /"));
        Outcome folder = execute("serve", "--mock-config", dir.toString());
        assertThat(folder.err()).isEqualTo("stepwise: " + dir + " is a folder, not a mock configuration file\n");
    }
}
