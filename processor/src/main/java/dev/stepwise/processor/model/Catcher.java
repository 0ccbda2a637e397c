package dev.stepwise.processor.model;

import java.util.List;

/** One {@code Catch} entry; {@code resultPath} is null when the error output replaces the input. */
public record Catcher(List<String> errors, String next, String resultPath) {
    public Catcher {
        errors = List.copyOf(errors);
    }
}
