package dev.stepwise.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The language a state's expressions are written in. The machine's top-level {@code QueryLanguage} (JSONPath when
 * absent) applies to every state, those in Parallel branches and Map item processors included, unless a state sets
 * its own. The validator, the compiler and the TestState API all resolve a state's language through this type.
 */
public enum QueryLanguage {
    JSONPATH("JSONPath"),
    JSONATA("JSONata");

    private final String aslName;

    QueryLanguage(String aslName) {
        this.aslName = aslName;
    }

    /** The name ASL spells it with, as in {@code "QueryLanguage": "JSONata"}. */
    public String aslName() {
        return aslName;
    }

    /** The language ASL names {@code name} (case-sensitive, as AWS is); empty for any other text. */
    public static Optional<QueryLanguage> fromAslName(String name) {
        for (QueryLanguage language : values()) {
            if (language.aslName.equals(name)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** A whole machine's language: its top-level {@code QueryLanguage}, JSONPath when it sets none. */
    public static QueryLanguage ofMachine(JsonNode definition) {
        return ofState(definition, JSONPATH);
    }

    /**
     * A state's language: its own {@code QueryLanguage}, else {@code machine}, the top-level language of the machine
     * it belongs to (a branch or item processor has no language of its own, so nesting does not change it). A value
     * that names no language also gives {@code machine}; the validator reports it.
     */
    public static QueryLanguage ofState(JsonNode state, QueryLanguage machine) {
        JsonNode own = state == null ? null : state.get("QueryLanguage");
        if (own == null || !own.isTextual()) {
            return machine;
        }
        return fromAslName(own.textValue()).orElse(machine);
    }
}
