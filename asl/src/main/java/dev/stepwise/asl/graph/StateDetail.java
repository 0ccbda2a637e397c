package dev.stepwise.asl.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The line the console shows under a state's name: what it calls, how long it waits, what it fails with. */
final class StateDetail {

    private StateDetail() {
    }

    static String of(String type, JsonNode state) {
        return switch (type) {
            case "Task" -> resource(state.path("Resource").asText(""));
            case "Wait" -> wait(state);
            case "Fail" -> text(state, "Error", "ErrorPath");
            case "Map" -> map(state);
            default -> "";
        };
    }

    /** Who retries what, shortest first: "Retry States.ALL ×3"; several rules show their count. */
    static String retry(JsonNode state) {
        JsonNode retriers = state.path("Retry");
        if (!retriers.isArray() || retriers.isEmpty()) {
            return "";
        }
        if (retriers.size() > 1) {
            List<String> errors = new ArrayList<>();
            retriers.forEach(retrier -> errors.add(StateGraphReader.errors(retrier)));
            return "Retry " + retriers.size() + " rules: " + String.join("; ", errors);
        }
        JsonNode retrier = retriers.get(0);
        // AWS's default MaxAttempts is 3
        return "Retry " + StateGraphReader.errors(retrier) + " ×" + retrier.path("MaxAttempts").asInt(3);
    }

    /** An ARN is long and says the same few things: the service and action, or the function or activity name. */
    private static String resource(String arn) {
        String[] parts = arn.split(":", -1);
        if (arn.startsWith("arn:") && parts.length >= 6) {
            String service = parts[2];
            if (service.equals("states") && parts[3].isEmpty() && parts[4].isEmpty()) {
                return String.join(":", java.util.Arrays.copyOfRange(parts, 5, parts.length));
            }
            if (service.equals("lambda") && parts.length >= 7 && parts[5].equals("function")) {
                return "lambda: " + parts[6];
            }
            if (service.equals("states") && parts[5].equals("activity") && parts.length >= 7) {
                return "activity: " + parts[6];
            }
            return service + ": " + parts[parts.length - 1];
        }
        return arn;
    }

    private static String wait(JsonNode state) {
        if (state.has("Seconds")) {
            return state.get("Seconds").asText() + " s";
        }
        if (state.has("SecondsPath")) {
            return state.get("SecondsPath").asText() + " seconds";
        }
        if (state.has("Timestamp")) {
            return "until " + state.get("Timestamp").asText();
        }
        if (state.has("TimestampPath")) {
            return "until " + state.get("TimestampPath").asText();
        }
        return "";
    }

    private static String map(JsonNode state) {
        JsonNode processor = state.has("ItemProcessor") ? state.get("ItemProcessor") : state.path("Iterator");
        boolean distributed = processor.path("ProcessorConfig").path("Mode").asText("").equals("DISTRIBUTED");
        JsonNode limit = state.path("MaxConcurrency");
        String most = limit.isNumber() ? (limit.asInt() > 0 ? limit.asText() : "") // 0: no limit
                : text(state, "MaxConcurrency", "MaxConcurrencyPath");
        return (distributed ? "distributed" : "inline") + (most.isEmpty() ? "" : ", ≤ " + most + " at once");
    }

    /**
     * A field's text, else its {@code ...Path} field's: a value a JSONata expression ("{% ... %}") or a path gives at
     * run time is shown as written rather than left out.
     */
    private static String text(JsonNode state, String field, String pathField) {
        JsonNode value = state.path(field).isTextual() ? state.get(field) : state.path(pathField);
        return value.isTextual() ? value.asText() : "";
    }
}
