package dev.stepwise.runtime.definition;

import dev.stepwise.asl.data.jsonata.JsonataTemplate;

/**
 * One compiled {@code Catch} entry. In JSONPath the error output {@code {Error, Cause}} goes to {@code resultPath};
 * in JSONata {@code output} (default: the error output) becomes the state output. {@code assign} may be
 * {@code null}.
 */
public record Catcher(ErrorMatcher errors, String next, ResultTarget resultPath, Assignment assign,
        JsonataTemplate output) {

    public Catcher(ErrorMatcher errors, String next, ResultTarget resultPath) {
        this(errors, next, resultPath, null, null);
    }
}
