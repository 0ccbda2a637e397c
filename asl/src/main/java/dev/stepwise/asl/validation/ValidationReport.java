package dev.stepwise.asl.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in one definition; valid when there is none. */
public record ValidationReport(List<DefinitionProblem> problems) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** One line per problem, or a short note that the definition is valid. */
    public String describe() {
        if (isValid()) {
            return "The state machine definition is valid.";
        }
        return problems.stream()
                .map(DefinitionProblem::toString)
                .collect(Collectors.joining("\n",
                        "Invalid state machine definition (" + problems.size() + " problem"
                                + (problems.size() == 1 ? "" : "s") + "):\n", ""));
    }
}
