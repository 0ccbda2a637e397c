package dev.stepwise.runtime.definition;

/** One compiled {@code Catch} entry: the error output {@code {Error, Cause}} goes to {@code resultPath}. */
public record Catcher(ErrorMatcher errors, String next, ResultTarget resultPath) {
}
