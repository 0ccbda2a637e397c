package dev.stepwise.runtime.definition.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects problems as the validator walks the definition, so that all of them are reported at once. */
final class Problems {

    private final List<DefinitionProblem> found = new ArrayList<>();

    void add(Pointer at, String code, String message) {
        found.add(new DefinitionProblem(at.toString(), code, message));
    }

    /** A problem with the shape of a value: AWS reports these as schema violations. */
    void schema(Pointer at, String message) {
        add(at, ProblemCodes.SCHEMA_VALIDATION_FAILED, message);
    }

    List<DefinitionProblem> all() {
        return found;
    }
}
