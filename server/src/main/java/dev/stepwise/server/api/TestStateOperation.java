package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.InvalidDefinitionException;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.TestStateOptions;
import dev.stepwise.runtime.TestStateResult;
import dev.stepwise.runtime.mock.TestStateMock;
import dev.stepwise.server.protocol.ApiException;
import dev.stepwise.server.protocol.Request;
import dev.stepwise.server.protocol.WireJson;
import java.util.List;
import java.util.Map;

/**
 * TestState: one state run alone, given as a state definition or (with {@code stateName}) as a whole machine's
 * definition and the name of one of its states, with AWS's {@code mock}, {@code variables} and
 * {@code stateConfiguration.retrierRetryCount}.
 */
final class TestStateOperation {

    /** Newer TestState members the runtime's TestState does not take: refused rather than silently ignored. */
    private static final List<String> UNSERVED_MEMBERS = List.of("context");

    /** The members of {@code stateConfiguration} that test a Map or Parallel state's mocked failure: not served. */
    private static final List<String> UNSERVED_CONFIGURATION = List.of("errorCausedByState",
            "mapIterationFailureCount", "mapItemReaderData");

    /** Inspection members that are structures on the wire; the others carry a JSON document as text. */
    private static final List<String> STRUCTURED_INSPECTION = List.of("errorDetails");

    private final LocalRuntime runtime;

    TestStateOperation(LocalRuntime runtime) {
        this.runtime = runtime;
    }

    ObjectNode call(Request request) {
        String text = request.string("definition");
        for (String member : UNSERVED_MEMBERS) {
            if (request.has(member)) {
                throw ApiException.validation("the TestState member '" + member + "' is not served by the Stepwise "
                        + "endpoint");
            }
        }
        String level = request.choice("inspectionLevel", "INFO", "INFO", "DEBUG", "TRACE");
        String stateName = request.optionalString("stateName");
        JsonNode input = request.jsonText("input", "InvalidExecutionInput");
        TestStateOptions options = TestStateOptions.NONE.withMock(mock(request.object("mock")))
                .withRetrierRetryCount(retrierRetryCount(request.object("stateConfiguration")));
        JsonNode variables = request.jsonText("variables", "ValidationException");
        if (variables != null && !variables.isObject()) {
            throw ApiException.validation("Invalid variables: a JSON object of variable names and values is "
                    + "expected");
        }
        options = options.withVariables(variables);
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

    /** {@code stateConfiguration.retrierRetryCount}, 0 when absent; the Map and Parallel members are refused. */
    private static int retrierRetryCount(ObjectNode configuration) {
        if (configuration == null) {
            return 0;
        }
        Request members = new Request("TestState", configuration);
        for (String member : UNSERVED_CONFIGURATION) {
            if (members.has(member)) {
                throw ApiException.validation("the TestState member 'stateConfiguration." + member
                        + "' is not served by the Stepwise endpoint");
            }
        }
        return members.integer("retrierRetryCount", 0, 0, Integer.MAX_VALUE);
    }

    /** AWS's {@code mock}: a {@code result} (JSON text) or an {@code errorOutput}; {@code null} for none. */
    private static TestStateMock mock(ObjectNode mock) {
        if (mock == null) {
            return null;
        }
        Request members = new Request("TestState", mock);
        ObjectNode errorOutput = members.object("errorOutput");
        if (members.has("result") == (errorOutput != null)) {
            throw ApiException.validation("a TestState mock gives either 'result' or 'errorOutput'");
        }
        if (errorOutput != null) {
            Request error = new Request("TestState", errorOutput);
            return TestStateMock.error(error.string("error"), error.optionalString("cause"));
        }
        return TestStateMock.result(members.jsonText("result", "ValidationException"));
    }

    /** The inspection data as the wire carries it: each document as JSON text, errorDetails as a structure. */
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
