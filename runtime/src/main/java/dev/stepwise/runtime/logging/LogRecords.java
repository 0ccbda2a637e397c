package dev.stepwise.runtime.logging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.history.HistoryEvent;

/**
 * Turns a history event into the record Step Functions writes to CloudWatch Logs. Every top-level value is a
 * string, the timestamp is epoch milliseconds, and the details are the event's {@code *EventDetails} with inputs,
 * outputs and parameters as JSON text.
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
        return (ObjectNode) shown.toJson().get(event.detailsKey());
    }
}
