package dev.stepwise.processor.model;

import java.util.List;

/**
 * One {@code Catch} entry; {@code resultPath} is null when the error output replaces the input. A JSONata catcher
 * may give an {@code output} expression instead; a catcher of either language may {@code assign} variables.
 * Null fields are absent.
 */
public record Catcher(List<String> errors, String next, String resultPath, RawJson output, RawJson assign,
                      String comment) {
    public Catcher {
        errors = List.copyOf(errors);
    }
}
