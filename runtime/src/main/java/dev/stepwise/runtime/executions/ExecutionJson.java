package dev.stepwise.runtime.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.asl.data.Json;
import java.time.Instant;

/**
 * The fields DescribeExecution and StartSyncExecution responses share, written once: ARNs, name, status, ISO-8601
 * dates, input and output as JSON text with their details, error and cause when present.
 */
final class ExecutionJson {

    private ExecutionJson() {
    }

    static ObjectNode common(String executionArn, String stateMachineArn, String name, ExecutionStatus status,
            Instant startDate, Instant stopDate, JsonNode input, JsonNode output, String error, String cause) {
        ObjectNode json = Json.NODES.objectNode();
        json.put("executionArn", executionArn);
        json.put("stateMachineArn", stateMachineArn);
        json.put("name", name);
        json.put("status", status.name());
        json.put("startDate", startDate.toString());
        if (stopDate != null) {
            json.put("stopDate", stopDate.toString());
        }
        json.put("input", Json.write(input));
        json.set("inputDetails", Json.NODES.objectNode().put("included", true));
        if (output != null) {
            json.put("output", Json.write(output));
            json.set("outputDetails", Json.NODES.objectNode().put("included", true));
        }
        if (error != null) {
            json.put("error", error);
        }
        if (cause != null) {
            json.put("cause", cause);
        }
        return json;
    }
}
