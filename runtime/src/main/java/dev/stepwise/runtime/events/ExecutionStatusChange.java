package dev.stepwise.runtime.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.executions.RedriveStatus;
import dev.stepwise.runtime.history.DeliveredPayload;
import dev.stepwise.asl.data.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One "Step Functions Execution Status Change" event: an execution's state at the moment its status changed. Its
 * detail "provides the same information as the DescribeExecution API" (AWS's EventBridge guide), dates as epoch
 * milliseconds and a member it lacks as {@code null}.
 *
 * @param stopDate {@code null} while the execution runs
 * @param input the execution's input, which the event leaves out when it is too large for EventBridge
 * @param output {@code null} unless it succeeded
 * @param error {@code null} unless it failed, timed out or was stopped with an error
 * @param redriveStatus whether RedriveExecution would take the execution as of this change, and why not
 * @param versionArn the version the execution runs when started through a version or an alias, else {@code null}
 * @param aliasArn the alias it was started through, else {@code null}
 */
public record ExecutionStatusChange(
        String executionArn,
        String stateMachineArn,
        String name,
        ExecutionStatus status,
        Instant startDate,
        Instant stopDate,
        JsonNode input,
        JsonNode output,
        String error,
        String cause,
        int redriveCount,
        Instant redriveDate,
        RedriveStatus redriveStatus,
        String versionArn,
        String aliasArn,
        Instant time) {

    public static final String SOURCE = "aws.states";
    public static final String DETAIL_TYPE = "Step Functions Execution Status Change";

    /** The event as EventBridge delivers it, with inputs and outputs as JSON text and dates as epoch milliseconds. */
    public ObjectNode toEventBridgeJson() {
        ObjectNode event = Json.NODES.objectNode();
        event.put("version", "0");
        event.put("id", UUID.nameUUIDFromBytes((executionArn + "|" + status + "|" + redriveCount).getBytes(
                StandardCharsets.UTF_8)).toString());
        event.put("detail-type", DETAIL_TYPE);
        event.put("source", SOURCE);
        String[] arn = executionArn.split(":");
        event.put("account", arn.length > 4 ? arn[4] : "");
        event.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", arn.length > 3 ? arn[3] : "");
        ArrayNode resources = event.putArray("resources");
        resources.add(executionArn);
        event.set("detail", detail());
        return event;
    }

    private ObjectNode detail() {
        ObjectNode detail = Json.NODES.objectNode();
        detail.put("executionArn", executionArn);
        detail.put("stateMachineArn", stateMachineArn);
        detail.put("name", name);
        detail.put("status", status.name());
        detail.put("startDate", startDate.toEpochMilli());
        putDate(detail, "stopDate", stopDate);
        String inputText = input == null ? null : Json.write(input);
        String outputText = output == null ? null : Json.write(output);
        // AWS's guide, "EventBridge payloads": when the escaped input and output together pass the limit the input
        // is left out, and an escaped output past it is left out too, each then marked "included": false
        long outputSize = DeliveredPayload.escapedSize(outputText);
        boolean inputIncluded = DeliveredPayload.escapedSize(inputText) + outputSize <= DeliveredPayload.LIMIT;
        boolean outputIncluded = outputSize <= DeliveredPayload.LIMIT;
        putText(detail, "input", inputIncluded ? inputText : null);
        detail.set("inputDetails", Json.NODES.objectNode().put("included", inputIncluded));
        putText(detail, "output", outputIncluded ? outputText : null);
        detail.set("outputDetails", outputText == null ? Json.NODES.nullNode()
                : Json.NODES.objectNode().put("included", outputIncluded));
        putText(detail, "stateMachineVersionArn", versionArn);
        putText(detail, "stateMachineAliasArn", aliasArn);
        detail.put("redriveCount", redriveCount);
        putDate(detail, "redriveDate", redriveDate);
        detail.put("redriveStatus", redriveStatus.status());
        putText(detail, "redriveStatusReason", redriveStatus.reason());
        putText(detail, "error", error);
        putText(detail, "cause", cause);
        return detail;
    }

    private static void putDate(ObjectNode node, String field, Instant date) {
        if (date == null) {
            node.putNull(field);
        } else {
            node.put(field, date.toEpochMilli());
        }
    }

    private static void putText(ObjectNode node, String field, String text) {
        if (text == null) {
            node.putNull(field);
        } else {
            node.put(field, text);
        }
    }
}
