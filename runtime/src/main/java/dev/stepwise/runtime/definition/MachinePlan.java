package dev.stepwise.runtime.definition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled, immutable state machine, safe to run any number of times at once.
 *
 * @param timeoutSeconds the execution's {@code TimeoutSeconds}, or {@code 0} for none (absent, or written as 0)
 * @param source the definition as given, for TestState and diagnostics
 */
public record MachinePlan(FlowPlan flow, long timeoutSeconds, String comment, JsonNode source) {
}
