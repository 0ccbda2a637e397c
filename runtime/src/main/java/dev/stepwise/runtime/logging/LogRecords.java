package dev.stepwise.runtime.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.history.HistoryEvent;
import java.util.Set;

/**
 * Turns a history event into the record Step Functions writes to CloudWatch Logs. Every top-level value is a
 * string, the timestamp is epoch milliseconds, and the details are the event's {@code *EventDetails} with inputs,
 * outputs and parameters as JSON text.
 */
public final class LogRecords {

    /** The detail fields that carry execution data, left out unless the configuration includes it. */
    private static final Set<String> DATA_FIELDS = Set.of("input", "output", "inputDetails", "outputDetails",
            "parameters");

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
        JsonNode shaped = event.toJson().get(event.detailsKey());
        ObjectNode details = (ObjectNode) shaped;
        if (!includeExecutionData) {
            details.remove(DATA_FIELDS);
        }
        return details;
    }
}
