package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import java.time.Instant;

/**
 * Who an execution is: the names and ARNs the context object ({@code $$.Execution}, {@code $$.StateMachine})
 * reports. Both context nodes are built at most once per execution and shared by every state.
 *
 * @param express whether the machine is an Express one: AWS gives its executions no {@code RedriveCount}, since they
 *                cannot be redriven
 * @param redriveCount how often the execution was redriven (0 for its first run)
 * @param redriveTime when the current redrive started, or {@code null} for the first run
 * @param versionArn the version the execution was started through (directly or by an alias), or {@code null}
 * @param aliasArn the alias the execution was started through, or {@code null}
 */
public record ExecutionIdentity(
        String executionArn,
        String executionName,
        String stateMachineArn,
        String stateMachineName,
        String roleArn,
        Instant startTime,
        boolean express,
        int redriveCount,
        Instant redriveTime,
        String versionArn,
        String aliasArn) {

    /** A first run, started on the machine itself rather than through a version or an alias. */
    public ExecutionIdentity(String executionArn, String executionName, String stateMachineArn,
            String stateMachineName, String roleArn, Instant startTime, boolean express) {
        this(executionArn, executionName, stateMachineArn, stateMachineName, roleArn, startTime, express, 0, null,
                null, null);
    }

    /** {@code arn:<partition>:states:<region>:<account>}, the part every ARN of this machine's resources starts with. */
    public String statesArnPrefix() {
        return stateMachineArn.substring(0, stateMachineArn.indexOf(":stateMachine:"));
    }

    /** The same execution, redriven for the {@code count}-th time at {@code time}. */
    public ExecutionIdentity redriven(int count, Instant time) {
        return new ExecutionIdentity(executionArn, executionName, stateMachineArn, stateMachineName, roleArn,
                startTime, express, count, time, versionArn, aliasArn);
    }

    /** When the execution's TimeoutSeconds starts counting: at the start, or at the latest redrive. */
    Instant clockStart() {
        return redriveTime != null ? redriveTime : startTime;
    }

    ObjectNode executionNode(JsonNode input) {
        ObjectNode node = Json.NODES.objectNode();
        node.put("Id", executionArn);
        node.set("Input", input);
        node.put("StartTime", Timestamps.format(startTime));
        node.put("Name", executionName);
        node.put("RoleArn", roleArn);
        if (!express) {
            node.put("RedriveCount", redriveCount);
        }
        if (redriveTime != null) {
            node.put("RedriveTime", Timestamps.format(redriveTime));
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
