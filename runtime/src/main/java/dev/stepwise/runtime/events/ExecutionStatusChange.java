package dev.stepwise.runtime.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.asl.data.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One "Step Functions Execution Status Change" event: an execution's state at the moment its status changed.
 *
 * @param stopDate {@code null} while the execution runs
 * @param output {@code null} unless it succeeded
 * @param error {@code null} unless it failed, timed out or was stopped with an error
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
        Instant time) {

    public static final String SOURCE = "aws.states";
    public static final String DETAIL_TYPE = "Step Functions Execution Status Change";

    /** The event as EventBridge delivers it, with inputs and outputs as JSON text and dates as epoch milliseconds. */
    public ObjectNode toEventBridgeJson() {
        ObjectNode event = Json.NODES.objectNode();
        event.put("version", "0");
        event.put("id", UUID.nameUUIDFromBytes((executionArn + "|" + status + "|" + redriveCount).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString());
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
        putText(detail, "input", input == null ? null : Json.write(input));
        detail.set("inputDetails", Json.NODES.objectNode().put("included", true));
        putText(detail, "output", output == null ? null : Json.write(output));
        detail.set("outputDetails", output == null ? Json.NODES.nullNode()
                : Json.NODES.objectNode().put("included", true));
        detail.put("redriveCount", redriveCount);
        putDate(detail, "redriveDate", redriveDate);
        detail.put("redriveStatus", redriveStatus());
        putText(detail, "error", error);
        putText(detail, "cause", cause);
        return detail;
    }

    private String redriveStatus() {
        return status == ExecutionStatus.RUNNING || status == ExecutionStatus.SUCCEEDED ? "NOT_REDRIVABLE"
                : "REDRIVABLE";
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
