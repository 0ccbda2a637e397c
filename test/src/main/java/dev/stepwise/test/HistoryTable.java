package dev.stepwise.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.history.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An execution's history as a table a person reads: event id, the previous event's id, time since the execution
 * started, event type, the state the event belongs to, and its gist (error and cause, or the output, shortened).
 */
public final class HistoryTable {

    private static final String[] HEADER = {"id", "prev", "time", "type", "state", "details"};

    private HistoryTable() {
    }

    public static String format(List<HistoryEvent> history) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        Instant start = history.isEmpty() ? null : history.get(0).timestamp();
        Map<Long, String> stateOf = ExecutionPath.stateNames(history);
        for (HistoryEvent event : history) {
            rows.add(new String[] {String.valueOf(event.id()), String.valueOf(event.previousEventId()),
                    elapsed(start, event.timestamp()), event.type(), stateOf.getOrDefault(event.id(), ""),
                    details(event)});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                boolean number = i < 2;
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(number ? pad + cell : cell + (i == row.length - 1 ? "" : pad)).append("  ");
            }
            table.append(line.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }

    private static String elapsed(Instant start, Instant at) {
        Duration since = Duration.between(start, at);
        long millis = since.toMillis();
        if (millis % 1000 == 0) {
            return "+" + millis / 1000 + "s";
        }
        return "+" + millis / 1000 + "." + String.format("%03d", millis % 1000) + "s";
    }

    private static String details(HistoryEvent event) {
        JsonNode error = event.detail("error");
        if (error != null && !error.isNull()) {
            JsonNode cause = event.detail("cause");
            return error.asText() + (cause == null || cause.isNull() || cause.asText().isEmpty() ? ""
                    : ": " + ExecutionPath.shorten(cause.asText()));
        }
        JsonNode output = event.detail("output");
        if (output != null && !output.isNull()) {
            return "output " + ExecutionPath.shorten(Json.write(output));
        }
        return "";
    }
}
