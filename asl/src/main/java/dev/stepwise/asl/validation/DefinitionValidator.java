package dev.stepwise.asl.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.asl.QueryLanguage;
import java.util.List;
import java.util.Optional;

/**
 * Checks an Amazon States Language definition the way AWS's CreateStateMachine and ValidateStateMachineDefinition
 * do, before anything runs, and reports every problem found with a JSON-pointer location.
 *
 * <pre>{@code
 * ValidationReport report = DefinitionValidator.validate(definition);
 * if (!report.isValid()) {
 *     throw new IllegalArgumentException(report.describe());
 * }
 * }</pre>
 */
public final class DefinitionValidator {

    private DefinitionValidator() {
    }

    /** Validates a definition for a Standard state machine. Never throws on bad input. */
    public static ValidationReport validate(JsonNode definition) {
        return validate(definition, StateMachineType.STANDARD);
    }

    /** Validates a definition for the given machine type; Express machines reject {@code .sync} and callbacks. */
    public static ValidationReport validate(JsonNode definition, StateMachineType type) {
        Optional<DefinitionProblem> outOfBounds = outOfBounds(definition);
        if (outOfBounds.isPresent()) {
            return new ValidationReport(List.of(outOfBounds.get()));
        }
        ValidationContext context = new ValidationContext(type);
        new MachineValidator(context).validateRoot(definition);
        return new ValidationReport(context.problems().list());
    }

    /**
     * Validates one state on its own, as the TestState API takes it: its own fields and the machines nested in it,
     * but not whether its Next and Catch targets exist. {@code machineLanguage} is the top-level language of the
     * machine the state was taken from. Never throws on bad input.
     */
    public static ValidationReport validateState(String name, JsonNode state, QueryLanguage machineLanguage) {
        Optional<DefinitionProblem> outOfBounds = outOfBounds(state);
        if (outOfBounds.isPresent()) {
            return new ValidationReport(List.of(outOfBounds.get()));
        }
        ValidationContext context = new ValidationContext(StateMachineType.STANDARD);
        new MachineValidator(context).validateState(name, state, machineLanguage);
        return new ValidationReport(context.problems().list());
    }

    /** AWS's size limit and the nesting bound come first: nothing else walks a definition past them. */
    private static Optional<DefinitionProblem> outOfBounds(JsonNode definition) {
        return definition == null ? Optional.empty() : DefinitionBounds.checkTree(definition);
    }
}
