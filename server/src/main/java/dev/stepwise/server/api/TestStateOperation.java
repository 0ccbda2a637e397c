package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.InvalidDefinitionException;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.TestStateOptions;
import dev.stepwise.runtime.TestStateRefusedException;
import dev.stepwise.runtime.TestStateResult;
import dev.stepwise.runtime.mock.TestStateMock;
import dev.stepwise.server.protocol.ApiException;
import dev.stepwise.server.protocol.Request;
import dev.stepwise.server.protocol.WireJson;
import java.util.List;
import java.util.Map;

/**
 * TestState: one state run alone, given as a state definition or (with {@code stateName}) as a whole machine's
 * definition and the name of one of its states, with AWS's {@code mock}, {@code variables}, {@code context} and
 * {@code stateConfiguration} ({@code retrierRetryCount}, {@code mapIterationFailureCount},
 * {@code errorCausedByState}). The runtime applies AWS's rules of what TestState takes; the refusals that only the
 * request's form shows are made here, with AWS's messages (recorded on AWS by LocalStack's
 * test_state_mock_validation and test_test_state_mock_scenarios).
 */
final class TestStateOperation {

    /**
     * The member of {@code stateConfiguration} not served: the data a Distributed Map's ItemReader would read, which
     * no mocked Map here reads.
     */
    private static final List<String> UNSERVED_CONFIGURATION = List.of("mapItemReaderData");

    /** Inspection members that are structures or numbers on the wire; the others carry a JSON document as text. */
    private static final List<String> STRUCTURED_INSPECTION = List.of("errorDetails", "maxConcurrency",
            "toleratedFailureCount", "toleratedFailurePercentage");

    private final LocalRuntime runtime;

    TestStateOperation(LocalRuntime runtime) {
        this.runtime = runtime;
    }

    ObjectNode call(Request request) {
        String text = request.string("definition");
        String level = request.choice("inspectionLevel", "INFO");
        String stateName = request.optionalString("stateName");
        JsonNode input = request.jsonText("input", "InvalidExecutionInput");
        TestStateMock mock = mock(request.object("mock"));
        if (mock != null && request.bool("revealSecrets", false)) {
            throw refused("TestState does not support RevealSecrets when a mock is specified.");
        }
        TestStateOptions options = configured(TestStateOptions.NONE.withMock(mock),
                request.object("stateConfiguration"));
        JsonNode variables = request.jsonText("variables", "ValidationException");
        if (variables != null && !variables.isObject()) {
            throw ApiException.validation("Invalid variables: a JSON object of variable names and values is "
                    + "expected");
        }
        options = options.withVariables(variables).withContext(request.jsonText("context", "ValidationException"));
        JsonNode definition;
        try {
            definition = Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException("InvalidDefinition", "Invalid State Machine Definition: 'not valid JSON: "
                    + e.getMessage() + "'");
        }
        TestStateResult result;
        try {
            result = stateName == null ? runtime.testState(definition, input, options)
                    : runtime.testState(definition, stateName, input, options);
        } catch (InvalidDefinitionException e) {
            throw Refusals.of(e);
        } catch (TestStateRefusedException e) {
            throw new ApiException(e.errorCode(), e.getMessage());
        }
        ObjectNode response = WireJson.object().put("status", result.status().name());
        if (result.output() != null) {
            response.put("output", Json.write(result.output()));
        }
        if (result.error() != null) {
            response.put("error", result.error());
        }
        if (result.cause() != null) {
            response.put("cause", result.cause());
        }
        if (result.nextState() != null) {
            response.put("nextState", result.nextState());
        }
        if (!level.equals("INFO") && result.inspectionData() != null) {
            response.set("inspectionData", asText(result.inspectionData()));
        }
        return response;
    }

    /**
     * {@code stateConfiguration}: the retries made and a mocked Map's failed iterations. {@code errorCausedByState}
     * is taken and changes nothing here: AWS's recordings of it show the mocked error as the state's own.
     */
    private static TestStateOptions configured(TestStateOptions options, ObjectNode configuration) {
        if (configuration == null) {
            return options;
        }
        Request members = new Request("TestState", configuration);
        for (String member : UNSERVED_CONFIGURATION) {
            if (members.has(member)) {
                throw ApiException.validation("the TestState member 'stateConfiguration." + member
                        + "' is not served by the Stepwise endpoint");
            }
        }
        members.optionalString("errorCausedByState"); // a string, when given
        return options.withRetrierRetryCount(members.integer("retrierRetryCount", 0))
                .withMapIterationFailureCount(members.integer("mapIterationFailureCount", 0));
    }

    /**
     * AWS's {@code mock}: a {@code result} (JSON text) or an {@code errorOutput}; {@code null} for none. Its
     * {@code fieldValidationMode} checks a result against the service's API model, which is not known here: every
     * mode takes the result as it is, as AWS's {@code NONE} does.
     */
    private static TestStateMock mock(ObjectNode mock) {
        if (mock == null) {
            return null;
        }
        Request members = new Request("TestState", mock);
        ObjectNode errorOutput = members.object("errorOutput");
        if (members.has("result") && errorOutput != null) {
            throw refused("A test mock should have only one of the following fields: [result, errorOutput].");
        }
        if (errorOutput != null) {
            Request error = new Request("TestState", errorOutput);
            return TestStateMock.error(error.string("error"), error.optionalString("cause"));
        }
        if (!members.has("result")) {
            throw ApiException.validation("a TestState mock gives either 'result' or 'errorOutput'");
        }
        JsonNode result;
        try {
            result = Json.parse(members.string("result"));
        } catch (IllegalArgumentException e) {
            throw refused("Mocked result must be valid JSON");
        }
        return TestStateMock.result(result);
    }

    /** A ValidationException in AWS's words for TestState, which have no "1 validation error detected" prefix. */
    private static ApiException refused(String message) {
        return new ApiException(TestStateRefusedException.VALIDATION, message);
    }

    /** The inspection data as the wire carries it: each document as JSON text, the others as they are. */
    private static ObjectNode asText(ObjectNode inspection) {
        ObjectNode wire = WireJson.object();
        for (Map.Entry<String, JsonNode> step : inspection.properties()) {
            if (STRUCTURED_INSPECTION.contains(step.getKey())) {
                wire.set(step.getKey(), step.getValue());
            } else {
                wire.put(step.getKey(), Json.write(step.getValue()));
            }
        }
        return wire;
    }
}
