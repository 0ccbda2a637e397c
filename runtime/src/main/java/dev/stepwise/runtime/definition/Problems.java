package dev.stepwise.runtime.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects definition problems so that one bad field does not hide the next. */
final class Problems {

    private final List<DefinitionProblem> found = new ArrayList<>();

    void add(String location, String message) {
        found.add(new DefinitionProblem(location, message));
    }

    void addAll(List<DefinitionProblem> problems) {
        found.addAll(problems);
    }

    /** Runs a compile step; an {@link IllegalArgumentException} becomes a problem at {@code location}. */
    <T> T attempt(String location, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            add(location, e.getMessage());
            return null;
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<DefinitionProblem> list() {
        return List.copyOf(found);
    }
}
