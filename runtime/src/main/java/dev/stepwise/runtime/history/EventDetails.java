package dev.stepwise.runtime.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;

/**
 * Builds the {@code *EventDetails} objects with AWS's field names. Inputs and outputs are shared trees, never copied;
 * callers build details only when the history retains events.
 */
public final class EventDetails {

    private EventDetails() {
    }

    private static ObjectNode notTruncated() {
        return Json.NODES.objectNode().put("truncated", false);
    }

    public static ObjectNode executionStarted(JsonNode input, String roleArn) {
        ObjectNode details = Json.NODES.objectNode();
        details.set("input", input);
        details.set("inputDetails", notTruncated());
        details.put("roleArn", roleArn);
        return details;
    }

    /** ExecutionStarted of an execution started through an alias or a version (either ARN may be {@code null}). */
    public static ObjectNode executionStarted(JsonNode input, String roleArn, String aliasArn, String versionArn) {
        ObjectNode details = executionStarted(input, roleArn);
        if (aliasArn != null) {
            details.put("stateMachineAliasArn", aliasArn);
        }
        if (versionArn != null) {
            details.put("stateMachineVersionArn", versionArn);
        }
        return details;
    }

    public static ObjectNode withOutput(JsonNode output) {
        ObjectNode details = Json.NODES.objectNode();
        details.set("output", output);
        details.set("outputDetails", notTruncated());
        return details;
    }

    public static ObjectNode stateEntered(String name, JsonNode input) {
        ObjectNode details = Json.NODES.objectNode();
        details.put("name", name);
        details.set("input", input);
        details.set("inputDetails", notTruncated());
        return details;
    }

    public static ObjectNode stateExited(String name, JsonNode output) {
        ObjectNode details = Json.NODES.objectNode();
        details.put("name", name);
        details.set("output", output);
        details.set("outputDetails", notTruncated());
        return details;
    }

    /** {error, cause}, leaving out whichever is {@code null}. */
    public static ObjectNode failure(String error, String cause) {
        ObjectNode details = Json.NODES.objectNode();
        if (error != null) {
            details.put("error", error);
        }
        if (cause != null) {
            details.put("cause", cause);
        }
        return details;
    }

    public static ObjectNode resource(String resourceType, String resource) {
        ObjectNode details = Json.NODES.objectNode();
        details.put("resourceType", resourceType);
        details.put("resource", resource);
        return details;
    }

    public static ObjectNode mapStarted(int length) {
        return Json.NODES.objectNode().put("length", length);
    }

    public static ObjectNode mapIteration(String mapName, int index) {
        return Json.NODES.objectNode().put("name", mapName).put("index", index);
    }
}
