package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assumptions;

/**
 * The AWS CLI (version 1, botocore) against the endpoint, as a developer types it: create, start, describe, history,
 * validate, Map Runs, TestState and StartSyncExecution (the last two with host prefix injection off, as README's
 * {@code export} line sets it: on AWS they go to the host {@code sync-states...}, which a local endpoint has not). Skipped with one reason where no {@code aws} is installed; mandatory under STEPWISE_REQUIRE_SHARED=1 (CI).
 */
class AwsCliTest {

    private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:cli-orders";

    private static StepwiseServer server;
    private static Path aws;
    @TempDir
    static Path home;

    @BeforeAll
    static void start() {
        aws = findAws().orElse(null);
        if (aws == null) {
            String reason = "no 'aws' command on the PATH (the AWS CLI; .ci/run installs it)";
            if ("1".equals(System.getenv("STEPWISE_REQUIRE_SHARED"))) {
                throw new AssertionError("required by STEPWISE_REQUIRE_SHARED=1, but " + reason);
            }
            Assumptions.abort("skipped: " + reason);
        }
        server = StepwiseServer.start(0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void createsStartsDescribesReadsHistoryAndValidates() throws Exception {
        String definition = "{\"StartAt\":\"Greet\",\"States\":{\"Greet\":{\"Type\":\"Pass\",\"Parameters\":"
                + "{\"greeting.$\":\"States.Format('Hello, {}!', $.name)\"},\"End\":true}}}";
        JsonNode created = aws("create-state-machine", "--name", "cli-orders", "--definition", definition,
                "--role-arn", "arn:aws:iam::123456789012:role/local");
        assertThat(created.path("stateMachineArn").asText()).isEqualTo(MACHINE);

        JsonNode started = aws("start-execution", "--state-machine-arn", MACHINE, "--name", "first",
                "--input", "{\"name\": \"CLI\"}");
        String execution = started.path("executionArn").asText();
        assertThat(execution).endsWith(":execution:cli-orders:first");
        assertThat(started.path("startDate").isNumber()).isTrue();

        JsonNode described = awaitEnd(execution);
        assertThat(described.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(Json.parse(described.path("output").asText())).isEqualTo(Json.parse(
                "{\"greeting\": \"Hello, CLI!\"}"));

        JsonNode history = aws("get-execution-history", "--execution-arn", execution, "--reverse-order");
        List<String> types = new ArrayList<>();
        history.path("events").forEach(event -> types.add(event.path("type").asText()));
        assertThat(types).containsExactly("ExecutionSucceeded", "PassStateExited", "PassStateEntered",
                "ExecutionStarted");

        JsonNode valid = aws("validate-state-machine-definition", "--definition", definition);
        assertThat(valid.path("result").asText()).isEqualTo("OK");
        JsonNode invalid = aws("validate-state-machine-definition", "--definition",
                "{\"StartAt\":\"Nowhere\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}");
        assertThat(invalid.path("result").asText()).isEqualTo("FAIL");
        assertThat(invalid.path("diagnostics").get(0).path("code").asText()).isEqualTo("MISSING_TRANSITION_TARGET");
    }

    @Test
    void examinesADistributedMapsRun() throws Exception {
        String machine = aws("create-state-machine", "--name", "cli-fan-out", "--role-arn",
                "arn:aws:iam::123456789012:role/local", "--definition", "{\"StartAt\":\"Fan\",\"States\":{\"Fan\":"
                        + "{\"Type\":\"Map\",\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\","
                        + "\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":"
                        + "\"Pass\",\"End\":true}}},\"End\":true}}}").path("stateMachineArn").asText();
        String execution = aws("start-execution", "--state-machine-arn", machine, "--input", "[1, 2, 3]")
                .path("executionArn").asText();
        assertThat(awaitEnd(execution).path("status").asText()).isEqualTo("SUCCEEDED");

        JsonNode runs = aws("list-map-runs", "--execution-arn", execution).path("mapRuns");
        assertThat(runs).hasSize(1);
        String mapRun = runs.get(0).path("mapRunArn").asText();
        JsonNode described = aws("describe-map-run", "--map-run-arn", mapRun);
        assertThat(described.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(described.path("itemCounts").path("succeeded").asLong()).isEqualTo(3);
        assertThat(aws("list-executions", "--map-run-arn", mapRun).path("executions")).hasSize(3);
        CliResult ended = run("update-map-run", "--map-run-arn", mapRun, "--max-concurrency", "2");
        assertThat(ended.exitCode()).isNotZero();
        assertThat(ended.stderr()).contains("ValidationException");
    }

    /** README's export line: without it botocore calls http://sync-127.0.0.1:PORT/, which does not resolve. */
    @Test
    void testsAStateWithAMockAContextAndAStateConfiguration() throws Exception {
        String definition = "{\"StartAt\":\"Ask\",\"States\":{\"Ask\":{\"Type\":\"Task\",\"Resource\":"
                + "\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\",\"Parameters\":{\"token.$\":"
                + "\"$$.Task.Token\"},\"Retry\":[{\"ErrorEquals\":[\"Busy\"],\"MaxAttempts\":2}],\"End\":true}}}";
        JsonNode answered = aws("test-state", "--definition", definition, "--state-name", "Ask", "--mock",
                "{\"result\": \"{\\\"ok\\\": true}\"}", "--context", "{\"Task\": {\"Token\": \"tk-1\"}}",
                "--inspection-level", "DEBUG");
        assertThat(answered.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(Json.parse(answered.path("inspectionData").path("afterParameters").asText()))
                .isEqualTo(Json.parse("{\"token\": \"tk-1\"}"));

        JsonNode spent = aws("test-state", "--definition", definition, "--state-name", "Ask", "--mock",
                "{\"errorOutput\": {\"error\": \"Busy\", \"cause\": \"try later\"}}", "--state-configuration",
                "{\"retrierRetryCount\": 2}");
        assertThat(spent.path("status").asText()).isEqualTo("FAILED");
        assertThat(spent.path("error").asText()).isEqualTo("Busy");
    }

    @Test
    void runsAnExpressMachineSynchronously() throws Exception {
        String machine = aws("create-state-machine", "--name", "cli-express", "--type", "EXPRESS", "--role-arn",
                "arn:aws:iam::123456789012:role/local", "--definition", "{\"StartAt\":\"P\",\"States\":{\"P\":"
                        + "{\"Type\":\"Pass\",\"End\":true}}}").path("stateMachineArn").asText();
        JsonNode run = aws("start-sync-execution", "--state-machine-arn", machine, "--input", "{\"n\": 1}");
        assertThat(run.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(Json.parse(run.path("output").asText())).isEqualTo(Json.parse("{\"n\": 1}"));
    }

    @Test
    void reportsRefusalsWithAwsErrorNames() throws Exception {
        CliResult missing = run("describe-execution", "--execution-arn",
                "arn:aws:states:us-east-1:123456789012:execution:cli-orders:never");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.stderr()).contains("ExecutionDoesNotExist");
    }

    private static JsonNode awaitEnd(String execution) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonNode described;
        do {
            described = aws("describe-execution", "--execution-arn", execution);
        } while (described.path("status").asText().equals("RUNNING") && System.nanoTime() < deadline);
        return described;
    }

    private static JsonNode aws(String... args) throws Exception {
        CliResult result = run(args);
        assertThat(result.exitCode()).as("aws %s: %s", String.join(" ", args), result.stderr()).isZero();
        return Json.parse(result.stdout());
    }

    private record CliResult(int exitCode, String stdout, String stderr) {
    }

    private static CliResult run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(aws.toString(), "stepfunctions", "--endpoint-url",
                server.uri().toString(), "--output", "json"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        // dummy credentials and region, and no profile of the machine's user
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_DISABLE_HOST_PREFIX_INJECTION", "true");
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.remove("AWS_PROFILE");
        Path out = Files.createTempFile(home, "out", ".json");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("aws " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new CliResult(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Optional<Path> findAws() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "aws");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
