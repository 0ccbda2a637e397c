package dev.stepwise.runtime.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * One execution history event as GetExecutionHistory reports it.
 *
 * @param details the {@code *EventDetails} object with inputs, outputs and parameters as JSON trees (not text), or
 *     {@code null} for events without details such as {@code MapStateSucceeded}
 */
public record HistoryEvent(long id, long previousEventId, Instant timestamp, String type, ObjectNode details) {

    /**
     * The detail fields that hold execution data: what GetExecutionHistory leaves out when asked to
     * ({@code includeExecutionData=false}), and logs unless their configuration includes it.
     */
    private static final Set<String> DATA_FIELDS = Set.of("input", "output", "inputDetails", "outputDetails",
            "parameters");

    /** Detail fields that GetExecutionHistory returns as JSON text rather than as a nested object. */
    private static final Set<String> TEXT_FIELDS = Set.of("input", "output", "parameters");

    /** The {@code *EventDetails} key of this event: {@code stateEnteredEventDetails}, {@code taskScheduledEventDetails}, ... */
    public String detailsKey() {
        if (type.endsWith("StateEntered")) {
            return "stateEnteredEventDetails";
        }
        if (type.endsWith("StateExited")) {
            return "stateExitedEventDetails";
        }
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails";
    }

    /** A detail field, or {@code null}. */
    public JsonNode detail(String field) {
        return details == null ? null : details.get(field);
    }

    /** This event without its execution data ({@link #DATA_FIELDS}); this very event when it has none. */
    public HistoryEvent withoutExecutionData() {
        if (details == null || DATA_FIELDS.stream().noneMatch(details::has)) {
            return this;
        }
        ObjectNode stripped = details.deepCopy();
        stripped.remove(DATA_FIELDS);
        return new HistoryEvent(id, previousEventId, timestamp, type, stripped);
    }

    /** The event in GetExecutionHistory's shape: inputs, outputs and parameters as JSON text. */
    public ObjectNode toJson() {
        ObjectNode json = Json.NODES.objectNode();
        json.put("timestamp", timestamp.toString());
        json.put("type", type);
        json.put("id", id);
        json.put("previousEventId", previousEventId);
        if (details != null) {
            ObjectNode out = json.putObject(detailsKey());
            for (Iterator<Map.Entry<String, JsonNode>> it = details.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                boolean asText = TEXT_FIELDS.contains(field.getKey()) || (field.getKey().equals("cause")
                        && !value.isTextual());
                out.set(field.getKey(), asText ? Json.NODES.textNode(Json.write(value)) : value);
            }
        }
        return json;
    }

    @Override
    public String toString() {
        return id + " " + type + (details == null ? "" : " " + details);
    }
}
