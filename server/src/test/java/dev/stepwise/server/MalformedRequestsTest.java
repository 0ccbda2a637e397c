package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.server.api.StepwiseApi;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whatever members a request carries, every served operation answers AWS's error shape with a 400, never an internal
 * failure: every member name the API uses, given every wrong JSON type and some wrong strings.
 */
class MalformedRequestsTest {

    private static final List<String> MEMBERS = List.of("stateMachineArn", "executionArn", "activityArn",
            "stateMachineAliasArn", "stateMachineVersionArn", "resourceArn", "mapRunArn", "name", "definition",
            "roleArn", "type", "input", "output", "error", "cause", "taskToken", "workerName", "maxResults",
            "nextToken", "reverseOrder", "includeExecutionData", "statusFilter", "redriveFilter", "includedData",
            "tags", "tagKeys", "routingConfiguration", "description", "revisionId", "publish", "versionDescription",
            "loggingConfiguration", "tracingConfiguration", "stateName", "inspectionLevel", "mock", "severity",
            "maxConcurrency", "toleratedFailurePercentage", "toleratedFailureCount");
    private static final Set<String> AWS_ERRORS = Set.of("ValidationException", "SerializationException",
            "InvalidArn", "InvalidName", "InvalidDefinition", "InvalidExecutionInput", "InvalidOutput", "InvalidToken",
            "InvalidLoggingConfiguration", "MissingRequiredParameter", "StateMachineDoesNotExist",
            "ExecutionDoesNotExist", "ActivityDoesNotExist", "ResourceNotFound", "TaskDoesNotExist",
            "TooManyTags", "UnknownOperationException");
    private static final List<JsonNode> WRONG_VALUES = List.of(Json.parse("17"), Json.parse("-1"),
            Json.parse("1e400"), Json.parse("true"), Json.parse("[1, {}]"), Json.parse("{\"a\": [null]}"),
            Json.parse("\"\""), Json.parse("\"arn:aws:states:us-east-1:123456789012:stateMachine:x:y:z\""),
            Json.parse("\"arn:::::\""), Json.parse("\"{\\\"StartAt\\\": 1}\""), Json.parse("\"\\u0000#%\""));

    private static StepwiseServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = StepwiseServer.builder().port(0).activityLongPoll(Duration.ZERO).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answersEveryMalformedRequestWithAnAwsError() throws Exception {
        int requests = 0;
        for (String operation : new StepwiseApi(server.runtime()).operations().keySet()) {
            for (JsonNode value : WRONG_VALUES) {
                ObjectNode body = Json.NODES.objectNode();
                MEMBERS.forEach(member -> body.set(member, value));
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/"))
                        .header("X-Amz-Target", "AWSStepFunctions." + operation)
                        .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("%s with %s: %s", operation, value, response.body())
                        .isEqualTo(400);
                assertThat(Json.parse(response.body()).path("__type").asText()).as("%s with %s", operation, value)
                        .isIn(AWS_ERRORS);
                requests++;
            }
        }
        assertThat(requests).isEqualTo(37 * WRONG_VALUES.size()); // every served operation
    }

    @Test
    void aBodyPastTheLimitIsAnsweredWithTheRefusalNotAResetConnection() throws Exception {
        for (int megabytes : new int[] {9, 20}) {
            String body = "{\"nextToken\":\"" + "a".repeat(megabytes * 1024 * 1024) + "\"}";
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/"))
                    .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%d MB", megabytes).isEqualTo(400);
            assertThat(Json.parse(response.body()).path("message").asText()).as("%d MB", megabytes)
                    .contains("the request body is larger than 8388608 bytes");
        }
        // the connection the refusal went out on serves the next request
        HttpResponse<String> next = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/"))
                .header("X-Amz-Target", "AWSStepFunctions.ListStateMachines")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(next.statusCode()).isEqualTo(200);
    }
}
