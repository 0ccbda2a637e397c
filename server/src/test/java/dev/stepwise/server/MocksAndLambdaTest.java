package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.mock.MockConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Task integrations on the wire: Step Functions Local's mock files ({@code stateMachineArn#TestCase}) and unmocked
 * Lambda tasks forwarded to a local Lambda emulator (here a small HTTP server speaking Lambda's Invoke API).
 */
class MocksAndLambdaTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/local";
    private static final String MOCKS = """
            {"StateMachines": {"Orders": {"TestCases": {
                "HappyPath": {"Charge": "Charged"},
                "RetryPath": {"Charge": "ThrottledThenCharged"}}}},
             "MockedResponses": {
                "Charged": {"0": {"Return": {"StatusCode": 200, "Payload": {"charged": true}}}},
                "ThrottledThenCharged": {
                    "0-1": {"Throw": {"Error": "Lambda.TooManyRequestsException", "Cause": "slow down"}},
                    "2": {"Return": {"StatusCode": 200, "Payload": {"charged": "late"}}}}}}
            """;
    private static final String ORDERS = """
            {"StartAt": "Charge", "States": {"Charge": {"Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "MaxAttempts": 3}],
                "OutputPath": "$.Payload", "End": true}}}
            """;

    private static HttpServer lambda;
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static StepwiseServer server;
    private static SfnClient sfn;

    @BeforeAll
    static void start() throws IOException {
        lambda = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        lambda.createContext("/2015-03-31/functions/", MocksAndLambdaTest::invoke);
        lambda.start();
        server = StepwiseServer.builder().port(0)
                .runtime(LocalRuntime.builder().clock(Clocks.virtual()).mockConfig(MockConfig.parse(MOCKS)))
                .lambdaEndpoint(URI.create("http://127.0.0.1:" + lambda.getAddress().getPort()))
                .start();
        sfn = SdkClients.sfn(server.uri());
    }

    @AfterAll
    static void stop() {
        sfn.close();
        server.close();
        lambda.stop(0);
    }

    /**
     * The emulator: {@code echo} answers its payload with the function's name; {@code flaky-<n>} is throttled (429)
     * on its first call; {@code boom} fails as a function does (200 with X-Amz-Function-Error).
     */
    private static void invoke(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String function = path.substring("/2015-03-31/functions/".length(), path.indexOf("/invocations"));
            JsonNode payload = Json.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int call = CALLS.computeIfAbsent(function, f -> new AtomicInteger()).incrementAndGet();
            int status = 200;
            String body;
            if (function.equals("boom")) {
                exchange.getResponseHeaders().set("X-Amz-Function-Error", "Unhandled");
                body = "{\"errorType\":\"PaymentDeclined\",\"errorMessage\":\"card expired\"}";
            } else if (function.startsWith("flaky-") && call == 1) {
                status = 429;
                body = "{\"Type\":\"User\",\"message\":\"Rate exceeded\"}";
            } else {
                body = Json.write(Json.NODES.objectNode().put("function", function).set("got", payload));
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static String create(String name, String definition) {
        return sfn.createStateMachine(b -> b.name(name).roleArn(ROLE).definition(definition)).stateMachineArn();
    }

    private static DescribeExecutionResponse run(String target, String input) {
        String execution = sfn.startExecution(b -> b.stateMachineArn(target).input(input)).executionArn();
        return sfn.describeExecution(b -> b.executionArn(execution));
    }

    @Test
    void answersMockedStatesFromTheTestCaseTheStartNames() {
        String orders = create("Orders", ORDERS);
        DescribeExecutionResponse happy = run(orders + "#HappyPath", "{\"id\": 1}");
        assertThat(happy.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Json.parse(happy.output())).isEqualTo(Json.parse("{\"charged\": true}"));

        String retried = sfn.startExecution(b -> b.stateMachineArn(orders + "#RetryPath").input("{}")).executionArn();
        assertThat(Json.parse(sfn.describeExecution(b -> b.executionArn(retried)).output()))
                .isEqualTo(Json.parse("{\"charged\": \"late\"}"));
        assertThat(sfn.getExecutionHistory(b -> b.executionArn(retried)).events())
                .extracting(HistoryEvent::typeAsString).filteredOn("TaskFailed"::equals).hasSize(2);

        // without a test case the same machine calls the Lambda emulator
        DescribeExecutionResponse real = run(orders, "{\"id\": 2}");
        assertThat(Json.parse(real.output())).isEqualTo(Json.parse("{\"function\": \"charge\", \"got\": {\"id\": 2}}"));
    }

    @Test
    void refusesATestCaseTheMockFileDoesNotHave() {
        String orders = create("Orders", ORDERS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sfn.startExecution(b -> b.stateMachineArn(
                orders + "#NoSuchCase"))).hasMessageContaining("NoSuchCase");
    }

    @Test
    void forwardsUnmockedLambdaTasksWithRetryAndMapToTheEmulator() {
        String fanOut = create("FanOut", """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
                    "ItemProcessor": {"StartAt": "Call", "States": {"Call": {"Type": "Task",
                        "Resource": "arn:aws:states:::lambda:invoke",
                        "Parameters": {"FunctionName.$": "$.fn", "Payload.$": "$"},
                        "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "MaxAttempts": 2}],
                        "ResultSelector": {"function.$": "$.Payload.function", "status.$": "$.StatusCode"},
                        "End": true}}},
                    "ResultPath": "$.results", "Next": "Direct"},
                  "Direct": {"Type": "Task", "ResultPath": "$.direct",
                    "Resource": "arn:aws:lambda:us-east-1:123456789012:function:echo", "End": true}}}
                """);
        DescribeExecutionResponse done = run(fanOut, "{\"items\": [{\"fn\": \"echo\"}, {\"fn\": \"flaky-1\"}]}");
        assertThat(done.status()).as("%s: %s", done.error(), done.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        JsonNode output = Json.parse(done.output());
        assertThat(output.path("direct").path("function").asText()).isEqualTo("echo");
        assertThat(output.path("results")).isEqualTo(Json.parse("[{\"function\": \"echo\", \"status\": 200}, "
                + "{\"function\": \"flaky-1\", \"status\": 200}]"));
        assertThat(output.path("direct").path("got").path("items")).hasSize(2);
        assertThat(CALLS.get("flaky-1").get()).isEqualTo(2);

        String failing = create("Failing", """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task",
                    "Resource": "arn:aws:lambda:us-east-1:123456789012:function:boom", "End": true}}}
                """);
        DescribeExecutionResponse failed = run(failing, "{}");
        assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(failed.error()).isEqualTo("PaymentDeclined");
        assertThat(failed.cause()).contains("card expired");
    }

    @Test
    void mapResultsKeepTheirOrder() {
        String fanOut = create("Ordered", """
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemsPath": "$.items",
                    "ItemProcessor": {"StartAt": "Call", "States": {"Call": {"Type": "Task",
                        "Resource": "arn:aws:states:::lambda:invoke", "OutputPath": "$.Payload.got",
                        "Parameters": {"FunctionName": "echo", "Payload.$": "$"}, "End": true}}},
                    "End": true}}}
                """);
        DescribeExecutionResponse done = run(fanOut, "{\"items\": [1, 2, 3]}");
        assertThat(Json.parse(done.output())).isEqualTo(Json.parse("[1, 2, 3]"));
        assertThat(List.of(done.status())).containsExactly(ExecutionStatus.SUCCEEDED);
    }
}
