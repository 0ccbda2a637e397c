package dev.stepwise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Task handlers that answer as the services did when AWS recorded a conformance case: each Task state gets, in
 * order, the outputs of its recorded {@code *Succeeded} events or the errors of its {@code *Failed} events. Lets the
 * cases that called Lambda and friends run locally.
 */
final class RecordedServiceResponses {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}\"]*}");
    private static final String PLACEHOLDER_RESOURCE = "arn:aws:lambda:us-east-1:111111111111:function:replayed";

    private RecordedServiceResponses() {
    }

    /** A runtime builder with one replaying handler per Task state that the recorded history shows. */
    static LocalRuntime.Builder replaying(ConformanceCase testCase, LocalRuntime.Builder builder) {
        Map<String, Deque<JsonNode>> byState = new HashMap<>();
        String state = null;
        for (JsonNode event : testCase.expected().path("history")) {
            String type = event.path("type").asText();
            if (type.endsWith("StateEntered")) {
                state = event.path("stateEnteredEventDetails").path("name").asText();
            } else if (state != null && isServiceOutcome(type)) {
                byState.computeIfAbsent(state, s -> new ArrayDeque<>()).add(event);
            }
        }
        byState.forEach((name, outcomes) -> builder.stateHandler(name, (input, context) -> answer(outcomes)));
        return builder;
    }

    /**
     * The definition with the {@code ${...}} placeholders the recording test filled with the resources it created
     * replaced by a Lambda function ARN: the replaying handlers answer by state name, so only the form matters.
     */
    static JsonNode resolvePlaceholders(JsonNode definition) {
        String text = Json.write(definition);
        String resolved = PLACEHOLDER.matcher(text).replaceAll(PLACEHOLDER_RESOURCE);
        return resolved.equals(text) ? definition : Json.parse(resolved);
    }

    private static boolean isServiceOutcome(String type) {
        return (type.startsWith("Task") || type.startsWith("LambdaFunction") || type.startsWith("Activity"))
                && (type.endsWith("Succeeded") || type.endsWith("Failed") || type.endsWith("TimedOut"))
                && !type.startsWith("TaskState");
    }

    private static JsonNode answer(Deque<JsonNode> outcomes) {
        JsonNode event;
        synchronized (outcomes) {
            event = outcomes.poll();
        }
        if (event == null) {
            throw new StatesError("States.Runtime", "the recording has no more responses for this state");
        }
        String type = event.path("type").asText();
        JsonNode details = event.path(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "EventDetails");
        if (type.endsWith("Succeeded")) {
            return details.path("output");
        }
        JsonNode cause = details.get("cause");
        throw new StatesError(details.path("error").asText(null),
                cause == null ? null : cause.isTextual() ? cause.textValue() : Json.write(cause));
    }
}
