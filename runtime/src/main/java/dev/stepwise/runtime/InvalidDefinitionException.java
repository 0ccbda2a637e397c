package dev.stepwise.runtime;

import dev.stepwise.asl.validation.DefinitionProblem;

import java.util.List;
import java.util.stream.Collectors;

/** A definition that cannot run; lists every problem found, each with its location. */
public final class InvalidDefinitionException extends RuntimeException {

    private final List<DefinitionProblem> problems;

    public InvalidDefinitionException(List<DefinitionProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }

    private static String describe(List<DefinitionProblem> problems) {
        return "Invalid state machine definition (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
