package dev.stepwise.samples.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.history.HistoryEvent;
import java.util.List;

/** Formats an execution history as a plain-text table: one line per event, as the console's event list shows it. */
final class HistoryTable {

    private static final String ROW = "%4s  %-26s  %-16s  %s";

    private HistoryTable() {
    }

    static String format(List<HistoryEvent> events) {
        if (events.isEmpty()) {
            return "(no history kept)\n";
        }
        StringBuilder table = new StringBuilder();
        row(table, "id", "type", "state", "detail");
        for (HistoryEvent event : events) {
            row(table, event.id(), event.type(), text(event.detail("name")), detail(event));
        }
        return table.toString();
    }

    private static void row(StringBuilder table, Object... cells) {
        table.append(String.format(ROW, cells).stripTrailing()).append('\n');
    }

    /** What matters most about an event beyond its type: an error, or the resource a task called. */
    private static String detail(HistoryEvent event) {
        if (event.detail("error") != null) {
            return event.detail("error").asText();
        }
        if (event.detail("resource") != null) {
            JsonNode type = event.detail("resourceType");
            String resource = event.detail("resource").asText();
            return type == null ? resource : type.asText() + ":" + resource;
        }
        return "";
    }

    private static String text(JsonNode value) {
        return value == null ? "" : value.asText();
    }
}
