package dev.stepwise.test;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.history.HistoryEvent;
import java.util.List;

/**
 * Reads an execution's history for the checks the assertions do not cover (timestamps between two events, the
 * details of one event): the states entered, the events of one type, their errors.
 */
public final class ExecutionHistory {

    private ExecutionHistory() {
    }

    /** The names of the states entered, in order (a state entered twice appears twice). */
    public static List<String> enteredStates(Execution execution) {
        return execution.history().stream().filter(event -> event.type().endsWith("StateEntered"))
                .map(event -> event.detail("name").asText()).toList();
    }

    /** The events of one type, in order. */
    public static List<HistoryEvent> events(Execution execution, String type) {
        return execution.history().stream().filter(event -> event.type().equals(type)).toList();
    }

    /**
     * The error names of the events of one type (failed and timed-out events carry one), in order; {@code null} for
     * an event without one (a failure without an error name, or a type that records none).
     */
    public static List<String> errors(Execution execution, String type) {
        return events(execution, type).stream().map(event -> {
            JsonNode error = event.detail("error");
            return error == null || error.isNull() ? null : error.asText();
        }).toList();
    }
}
