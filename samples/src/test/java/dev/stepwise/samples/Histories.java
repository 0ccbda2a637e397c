package dev.stepwise.samples;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.history.HistoryEvent;
import java.util.List;

/** Reads an execution's history the way the sample tests assert on it: by event type and by state entered. */
public final class Histories {

    private Histories() {
    }

    /** The names of the states entered, in order (a state entered twice appears twice). */
    public static List<String> enteredStates(Execution run) {
        return run.history().stream()
                .filter(event -> event.type().endsWith("StateEntered"))
                .map(event -> event.detail("name").asText())
                .toList();
    }

    /** The events of one type, in order. */
    public static List<HistoryEvent> events(Execution run, String type) {
        return run.history().stream().filter(event -> event.type().equals(type)).toList();
    }

    /** The error names of the events of one type (failed and timed-out events carry one). */
    public static List<String> errors(Execution run, String type) {
        return events(run, type).stream().map(event -> event.detail("error").asText()).toList();
    }
}
