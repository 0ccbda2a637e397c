package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.data.Json;
import java.time.Instant;

/**
 * Who an execution is: the names and ARNs the context object ({@code $$.Execution}, {@code $$.StateMachine})
 * reports. Both context nodes are built once per execution and shared by every state.
 *
 * @param express whether the machine is an Express one: AWS gives its executions no {@code RedriveCount}, since they
 *                cannot be redriven
 */
public record ExecutionIdentity(
        String executionArn,
        String executionName,
        String stateMachineArn,
        String stateMachineName,
        String roleArn,
        Instant startTime,
        boolean express) {

    ObjectNode executionNode(JsonNode input) {
        ObjectNode node = Json.NODES.objectNode();
        node.put("Id", executionArn);
        node.set("Input", input);
        node.put("StartTime", Timestamps.format(startTime));
        node.put("Name", executionName);
        node.put("RoleArn", roleArn);
        if (!express) {
            node.put("RedriveCount", 0);
        }
        return node;
    }

    ObjectNode stateMachineNode() {
        ObjectNode node = Json.NODES.objectNode();
        node.put("Id", stateMachineArn);
        node.put("Name", stateMachineName);
        return node;
    }
}
