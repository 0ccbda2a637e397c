package dev.stepwise.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What our runtime did with a case.
 *
 * @param status       execution status, {@code CREATE_FAILED} for a rejected definition, or {@code ERROR} when the
 *                     runner itself could not run the case (the cause says why)
 * @param historyTypes event types in order; empty when not applicable
 * @param historyLinks each event's id and previousEventId, in the same order; empty when not applicable
 * @param nextState    for TestState cases, the state that would run next; else {@code null}
 * @param inspection   for TestState cases, the inspection data (afterInputPath, afterParameters, ...); else
 *                     {@code null}
 */
public record CaseOutcome(String status, JsonNode output, String error, String cause, List<String> historyTypes,
        String nextState, JsonNode inspection, List<Link> historyLinks) {

    public CaseOutcome {
        historyTypes = List.copyOf(historyTypes);
        historyLinks = List.copyOf(historyLinks);
    }

    /** An outcome without event links (TestState, rejected definitions, or types alone). */
    public CaseOutcome(String status, JsonNode output, String error, String cause, List<String> historyTypes,
            String nextState, JsonNode inspection) {
        this(status, output, error, cause, historyTypes, nextState, inspection, List.of());
    }

    /** An event's id and the id of the event it follows. */
    public record Link(long id, long previousEventId) {
    }

    public static CaseOutcome runnerError(Throwable e) {
        return new CaseOutcome("ERROR", null, e.getClass().getSimpleName(), String.valueOf(e.getMessage()), List.of(),
                null, null);
    }
}
