package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The AWS JSON 1.0 protocol at the byte level: what a malformed request gets, and the routes beside the API. */
class ProtocolTest {

    private static StepwiseServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = StepwiseServer.builder().port(0)
                .mount("/health", exchange -> {
                    try (exchange) {
                        byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
                        exchange.sendResponseHeaders(200, body.length);
                        exchange.getResponseBody().write(body);
                    }
                })
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String target, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=anything/20240101/us-east-1/states/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, Signature=0000")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode error(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/x-amz-json-1.0");
        return Json.parse(response.body());
    }

    @Test
    void answersAServedOperationWithEpochSecondTimestamps() throws Exception {
        HttpResponse<String> response = post("AWSStepFunctions.CreateStateMachine", "{\"name\":\"raw\","
                + "\"roleArn\":\"arn:aws:iam::123456789012:role/r\",\"definition\":\"{\\\"StartAt\\\":\\\"P\\\","
                + "\\\"States\\\":{\\\"P\\\":{\\\"Type\\\":\\\"Pass\\\",\\\"End\\\":true}}}\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Json.parse(response.body());
        assertThat(body.path("stateMachineArn").asText()).endsWith(":stateMachine:raw");
        assertThat(body.path("creationDate").isNumber()).isTrue();
        assertThat(body.path("creationDate").asDouble()).isGreaterThan(1.7e9);
    }

    @Test
    void refusesABodyThatIsNotJsonAsASerializationException() throws Exception {
        JsonNode body = error(post("AWSStepFunctions.ListStateMachines", "{not json"));
        assertThat(body.path("__type").asText()).isEqualTo("SerializationException");
        assertThat(error(post("AWSStepFunctions.ListStateMachines", "[1]")).path("__type").asText())
                .isEqualTo("SerializationException");
    }

    @Test
    void refusesAMemberOfTheWrongTypeAsASerializationException() throws Exception {
        JsonNode body = error(post("AWSStepFunctions.ListStateMachines", "{\"maxResults\": \"ten\"}"));
        assertThat(body.path("__type").asText()).isEqualTo("SerializationException");
        assertThat(body.path("message").asText()).contains("maxResults");
    }

    @Test
    void refusesMissingOrOutOfRangeMembersAsAValidationException() throws Exception {
        JsonNode missing = error(post("AWSStepFunctions.DescribeExecution", "{}"));
        assertThat(missing.path("__type").asText()).isEqualTo("ValidationException");
        assertThat(missing.path("message").asText()).isEqualTo("1 validation error detected: Value null at "
                + "'executionArn' failed to satisfy constraint: Member must not be null");
        JsonNode range = error(post("AWSStepFunctions.ListStateMachines", "{\"maxResults\": 1001}"));
        assertThat(range.path("__type").asText()).isEqualTo("ValidationException");
    }

    @Test
    void answersUnknownAndMissingTargetsAsUnknownOperation() throws Exception {
        assertThat(error(post("AWSStepFunctions.LaunchRocket", "{}")).path("__type").asText())
                .isEqualTo("UnknownOperationException");
        assertThat(error(post(null, "{}")).path("__type").asText()).isEqualTo("UnknownOperationException");
    }

    @Test
    void leavesOtherRoutesFreeForMountedHandlers() throws Exception {
        HttpResponse<String> root = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(root.statusCode()).isEqualTo(404);
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/health")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("ok");
        assertThat(server.uri()).isEqualTo(URI.create("http://127.0.0.1:" + server.uri().getPort()));
    }
}
