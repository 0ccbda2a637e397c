package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests checked against the input shapes of AWS's API model before an operation runs, as AWS checks them: every
 * broken constraint of a request counted in one ValidationException, required members the operation would not
 * read, constraints before a resource is looked up, nested members, values shown unless the model marks them
 * sensitive, and a wrong JSON type before any constraint.
 */
class InputConstraintsTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/local";
    private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

    private static StepwiseServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = StepwiseServer.builder().port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyBrokenConstraintIsCountedInOneValidationException() throws Exception {
        assertThat(validationErrors("CreateStateMachine", Json.NODES.objectNode())).containsExactlyInAnyOrder(
                "Value null at 'name' failed to satisfy constraint: Member must not be null",
                "Value null at 'definition' failed to satisfy constraint: Member must not be null",
                "Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
        String name = "n".repeat(81);
        ObjectNode start = Json.NODES.objectNode().put("stateMachineArn", "").put("name", name)
                .put("traceHeader", "t".repeat(257));
        assertThat(validationErrors("StartExecution", start)).containsExactlyInAnyOrder(
                "Value '' at 'stateMachineArn' failed to satisfy constraint: Member must have length greater than or "
                        + "equal to 1",
                "Value '" + name + "' at 'name' failed to satisfy constraint: Member must have length less than or "
                        + "equal to 80",
                "Value '" + "t".repeat(257) + "' at 'traceHeader' failed to satisfy constraint: Member must have "
                        + "length less than or equal to 256");
    }

    @Test
    void aRequiredMemberIsRequiredEvenWhereAnEmptyValueWouldDo() throws Exception {
        String machine = created("required-lists");
        assertThat(validationErrors("TagResource", Json.NODES.objectNode().put("resourceArn", machine)))
                .containsExactly("Value null at 'tags' failed to satisfy constraint: Member must not be null");
        assertThat(validationErrors("UntagResource", Json.NODES.objectNode().put("resourceArn", machine)))
                .containsExactly("Value null at 'tagKeys' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void constraintsAreCheckedBeforeTheResourceIsLookedFor() throws Exception {
        ObjectNode update = Json.NODES.objectNode()
                .put("mapRunArn", "arn:aws:states:us-east-1:123456789012:mapRun:gone/run:1")
                .put("maxConcurrency", -1).put("toleratedFailurePercentage", 100.5);
        assertThat(validationErrors("UpdateMapRun", update)).containsExactlyInAnyOrder(
                "Value '-1' at 'maxConcurrency' failed to satisfy constraint: Member must have value greater than or "
                        + "equal to 0",
                "Value '100.5' at 'toleratedFailurePercentage' failed to satisfy constraint: Member must have value "
                        + "less than or equal to 100");
        ObjectNode describe = Json.NODES.objectNode()
                .put("stateMachineArn", "arn:aws:states:us-east-1:123456789012:stateMachine:gone")
                .put("includedData", "SOME_DATA");
        assertThat(validationErrors("DescribeStateMachine", describe)).containsExactly("Value 'SOME_DATA' at "
                + "'includedData' failed to satisfy constraint: Member must satisfy enum value set: [ALL_DATA, "
                + "METADATA_ONLY]");
    }

    @Test
    void membersOfNestedStructuresAreCheckedAtTheirPaths() throws Exception {
        ObjectNode create = Json.NODES.objectNode().put("name", "nested").put("definition", PASS).put("roleArn", ROLE);
        create.putObject("encryptionConfiguration").put("kmsDataKeyReusePeriodSeconds", 30);
        create.putObject("loggingConfiguration").put("level", "LOUD");
        create.putArray("tags").addObject().put("key", "").put("value", "v");
        assertThat(validationErrors("CreateStateMachine", create)).containsExactlyInAnyOrder(
                "Value 'LOUD' at 'loggingConfiguration.level' failed to satisfy constraint: Member must satisfy enum "
                        + "value set: [ALL, ERROR, FATAL, OFF]",
                "Value '' at 'tags.1.member.key' failed to satisfy constraint: Member must have length greater than "
                        + "or equal to 1",
                "Value '30' at 'encryptionConfiguration.kmsDataKeyReusePeriodSeconds' failed to satisfy constraint: "
                        + "Member must have value greater than or equal to 60",
                "Value null at 'encryptionConfiguration.type' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void sensitiveValuesAreLeftOutOfTheMessage() throws Exception {
        String tooLong = "\"" + "v".repeat(262144) + "\"";
        ObjectNode test = Json.NODES.objectNode().put("definition", "{\"Type\":\"Pass\",\"End\":true}")
                .put("variables", tooLong).put("context", tooLong);
        assertThat(validationErrors("TestState", test)).containsExactlyInAnyOrder(
                "Value at 'variables' failed to satisfy constraint: Member must have length less than or equal to "
                        + "262144",
                "Value at 'context' failed to satisfy constraint: Member must have length less than or equal to "
                        + "262144");
        ObjectNode failure = Json.NODES.objectNode().put("taskToken", "t").put("error", "E".repeat(257));
        assertThat(validationErrors("SendTaskFailure", failure)).containsExactly("Value at 'error' failed to "
                + "satisfy constraint: Member must have length less than or equal to 256");
    }

    @Test
    void aMemberOfTheWrongTypeIsRefusedBeforeAnyConstraint() throws Exception {
        ObjectNode create = Json.NODES.objectNode().put("name", "n".repeat(81));
        create.putArray("tags").addObject().put("key", 7);
        JsonNode answer = answer("CreateStateMachine", create);
        assertThat(answer.path("__type").asText()).isEqualTo("SerializationException");
        assertThat(answer.path("message").asText()).isEqualTo("The member 'tags.1.member.key' must be a string");
    }

    /** The sentences of the ValidationException the request gets, checked to be as many as its count says. */
    private static List<String> validationErrors(String operation, ObjectNode body) throws Exception {
        JsonNode answer = answer(operation, body);
        assertThat(answer.path("__type").asText()).as(answer.toString()).isEqualTo("ValidationException");
        String message = answer.path("message").asText();
        String[] parts = message.split(" validation errors? detected: ", 2);
        List<String> sentences = List.of(parts[1].split("; "));
        assertThat(Integer.parseInt(parts[0])).as(message).isEqualTo(sentences.size());
        return sentences;
    }

    private static String created(String name) throws Exception {
        return answer("CreateStateMachine", Json.NODES.objectNode().put("name", name).put("definition", PASS)
                .put("roleArn", ROLE)).get("stateMachineArn").textValue();
    }

    private static JsonNode answer(String operation, ObjectNode body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AWSStepFunctions." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.parse(response.body());
    }
}
