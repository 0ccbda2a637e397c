package dev.stepwise.asl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects definition problems as the validator or the compiler walks a definition, so that one bad field does not
 * hide the next and all of them are reported at once.
 */
public final class Problems {

    private final List<DefinitionProblem> found = new ArrayList<>();

    public void add(String location, String code, String message) {
        found.add(new DefinitionProblem(location, code, message));
    }

    public void add(JsonPointer at, String code, String message) {
        add(at.toString(), code, message);
    }

    /** A problem with the shape of a value: AWS reports these as schema violations. */
    public void schema(String location, String message) {
        add(location, ProblemCodes.SCHEMA_VALIDATION_FAILED, message);
    }

    public void schema(JsonPointer at, String message) {
        schema(at.toString(), message);
    }

    public void addAll(List<DefinitionProblem> problems) {
        found.addAll(problems);
    }

    /** Runs a compile step; an {@link IllegalArgumentException} becomes a schema problem at {@code location}. */
    public <T> T attempt(String location, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            schema(location, e.getMessage());
            return null;
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<DefinitionProblem> list() {
        return List.copyOf(found);
    }
}
