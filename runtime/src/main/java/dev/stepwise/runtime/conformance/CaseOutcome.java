package dev.stepwise.runtime.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What our runtime did with a case.
 *
 * @param status       execution status, {@code CREATE_FAILED} for a rejected definition, or {@code ERROR} when the
 *                     runner itself could not run the case (the cause says why)
 * @param historyTypes event types in order; empty when not applicable
 * @param nextState    for TestState cases, the state that would run next; else {@code null}
 * @param inspection   for TestState cases, the inspection data (afterInputPath, afterParameters, ...); else
 *                     {@code null}
 */
public record CaseOutcome(String status, JsonNode output, String error, String cause, List<String> historyTypes,
        String nextState, JsonNode inspection) {

    public CaseOutcome {
        historyTypes = List.copyOf(historyTypes);
    }

    public static CaseOutcome runnerError(Throwable e) {
        return new CaseOutcome("ERROR", null, e.getClass().getSimpleName(), String.valueOf(e.getMessage()), List.of(),
                null, null);
    }
}
