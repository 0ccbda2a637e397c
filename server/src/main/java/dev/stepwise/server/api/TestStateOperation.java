package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.InvalidDefinitionException;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.TestStateResult;
import dev.stepwise.runtime.mock.TestStateMock;
import dev.stepwise.server.protocol.ApiException;
import dev.stepwise.server.protocol.Request;
import dev.stepwise.server.protocol.WireJson;
import java.util.List;
import java.util.Map;

/**
 * TestState: one state run alone, given as a state definition or (with {@code stateName}) as a whole machine's
 * definition and the name of one of its states.
 */
final class TestStateOperation {

    /** Newer TestState members the runtime's TestState does not take: refused rather than silently ignored. */
    private static final List<String> UNSERVED_MEMBERS = List.of("context", "variables",
            "stateConfiguration");

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
        TestStateMock mock = mock(request.object("mock"));
        JsonNode definition;
        try {
            definition = Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException("InvalidDefinition", "Invalid State Machine Definition: 'not valid JSON: "
                    + e.getMessage() + "'");
        }
        TestStateResult result;
        try {
            result = stateName == null ? runtime.testState(definition, input, mock)
                    : runtime.testState(definition, stateName, input, mock);
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

    /** The inspection steps as the wire carries them: each document as JSON text. */
    private static ObjectNode asText(ObjectNode inspection) {
        ObjectNode wire = WireJson.object();
        for (Map.Entry<String, JsonNode> step : inspection.properties()) {
            wire.put(step.getKey(), Json.write(step.getValue()));
        }
        return wire;
    }
}
