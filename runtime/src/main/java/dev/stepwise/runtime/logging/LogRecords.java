package dev.stepwise.runtime.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.history.DeliveredPayload;
import dev.stepwise.runtime.history.HistoryEvent;

/**
 * Turns a history event into the record Step Functions writes to CloudWatch Logs. Every top-level value is a
 * string, the timestamp is epoch milliseconds, and the details are the event's {@code *EventDetails} with inputs,
 * outputs and parameters as JSON text; an input or output past {@link DeliveredPayload#LIMIT} is truncated.
 */
public final class LogRecords {

    private LogRecords() {
    }

    public static ObjectNode of(HistoryEvent event, String executionArn, int redriveCount,
            boolean includeExecutionData) {
        ObjectNode record = Json.NODES.objectNode();
        record.put("id", Long.toString(event.id()));
        record.put("type", event.type());
        record.set("details", details(event, includeExecutionData));
        record.put("previous_event_id", Long.toString(event.previousEventId()));
        record.put("event_timestamp", Long.toString(event.timestamp().toEpochMilli()));
        record.put("execution_arn", executionArn);
        record.put("redrive_count", Integer.toString(redriveCount));
        return record;
    }

    private static ObjectNode details(HistoryEvent event, boolean includeExecutionData) {
        if (event.details() == null) {
            return Json.NODES.objectNode();
        }
        HistoryEvent shown = includeExecutionData ? event : event.withoutExecutionData();
        ObjectNode details = (ObjectNode) shown.toJson().get(event.detailsKey());
        truncateLarge(details, "input");
        truncateLarge(details, "output");
        return details;
    }

    /**
     * AWS's guide, "CloudWatch Logs payloads": an escaped input or output past 248 KB "will be truncated as a
     * result of CloudWatch Logs quotas", which its {@code inputDetails} or {@code outputDetails} then tells.
     */
    private static void truncateLarge(ObjectNode details, String field) {
        JsonNode value = details.get(field);
        if (value != null && value.isTextual() && DeliveredPayload.exceedsLimit(value.textValue())) {
            details.put(field, DeliveredPayload.truncated(value.textValue()));
            details.putObject(field + "Details").put("truncated", true);
        }
    }
}
