package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.data.Json;
import java.time.Instant;

/**
 * Who an execution is: the names and ARNs the context object ({@code $$.Execution}, {@code $$.StateMachine})
 * reports. Both context nodes are built at most once per execution and shared by every state.
 */
public record ExecutionIdentity(
        String executionArn,
        String executionName,
        String stateMachineArn,
        String stateMachineName,
        String roleArn,
        Instant startTime) {

    ObjectNode executionNode(JsonNode input) {
        ObjectNode node = Json.NODES.objectNode();
        node.put("Id", executionArn);
        node.set("Input", input);
        node.put("StartTime", Timestamps.format(startTime));
        node.put("Name", executionName);
        node.put("RoleArn", roleArn);
        node.put("RedriveCount", 0);
        return node;
    }

    ObjectNode stateMachineNode() {
        ObjectNode node = Json.NODES.objectNode();
        node.put("Id", stateMachineArn);
        node.put("Name", stateMachineName);
        return node;
    }
}
