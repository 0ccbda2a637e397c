package dev.stepwise.runtime.definition;

import com.fasterxml.jackson.databind.JsonNode;

/** A Pass state; {@code result} is its literal {@code Result}, or {@code null} when it has none. */
public record PassPlan(String name, DataFlow dataFlow, JsonNode result, Transition transition) implements StatePlan {

    @Override
    public String type() {
        return "Pass";
    }
}
