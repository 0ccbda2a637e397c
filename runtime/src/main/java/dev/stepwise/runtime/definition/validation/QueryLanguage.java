package dev.stepwise.runtime.definition.validation;

import java.util.Optional;

/** The language a state's expressions are written in; a state inherits its machine's unless it sets its own. */
enum QueryLanguage {
    JSONPATH("JSONPath"),
    JSONATA("JSONata");

    private final String aslName;

    QueryLanguage(String aslName) {
        this.aslName = aslName;
    }

    String aslName() {
        return aslName;
    }

    static Optional<QueryLanguage> fromAslName(String name) {
        for (QueryLanguage language : values()) {
            if (language.aslName.equals(name)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
