package dev.stepwise.runtime.definition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled, immutable state machine, safe to run any number of times at once.
 *
 * @param timeoutSeconds the execution's {@code TimeoutSeconds}, or {@code 0} for none
 * @param source the definition as given, for TestState and diagnostics
 */
public record MachinePlan(FlowPlan flow, long timeoutSeconds, String comment, JsonNode source) {
}
