package dev.stepwise.runtime.data.choice;

import com.fasterxml.jackson.databind.JsonNode;

/** Compiles JSONPath-mode Choice rules. */
public final class Conditions {

    private Conditions() {
    }

    /**
     * Compiles one rule object (its {@code Next}, {@code Assign} and {@code Comment} fields are ignored).
     *
     * @throws IllegalArgumentException with a plain message when the rule is malformed
     */
    public static Condition compile(JsonNode rule) {
        // Placeholder until the Choice rule library lands on main.
        throw new IllegalArgumentException("Choice rules are not supported yet");
    }
}
