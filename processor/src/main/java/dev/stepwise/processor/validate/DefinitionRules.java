package dev.stepwise.processor.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.asl.validation.DefinitionProblem;
import dev.stepwise.asl.validation.DefinitionValidator;
import dev.stepwise.processor.asl.AslWriter;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.diag.Where;

/**
 * Checks the definition about to be written with the ASL core's validator, the very rules the runtime loads it
 * with and AWS's CreateStateMachine applies, and reports each problem on the annotation attribute that wrote the
 * offending field. The processor keeps no bounds of its own: what compiles is what Step Functions accepts.
 */
public final class DefinitionRules {

    private DefinitionRules() {
    }

    public static ValidationReport validate(AslWriter.Written written, String machineType, Where workflow) {
        Problems problems = new Problems();
        JsonNode definition = written.definition();
        StateMachineType type = "EXPRESS".equals(machineType) ? StateMachineType.EXPRESS : StateMachineType.STANDARD;
        for (DefinitionProblem problem : DefinitionValidator.validate(definition, type).problems()) {
            if (!holdsPlaceholder(definition, problem.location())) {
                problems.add(Message.INVALID_DEFINITION, written.origins().at(problem.location(), workflow),
                        problem.message(), problem.location().isEmpty() ? "/" : problem.location());
            }
        }
        return new ValidationReport(problems.snapshot());
    }

    /**
     * A {@code ${Name}} placeholder is replaced at deployment ({@code DefinitionSubstitutions}); AWS validates the
     * value it receives, so a field that holds one is checked there, not here.
     */
    private static boolean holdsPlaceholder(JsonNode definition, String location) {
        JsonNode value = location.isEmpty() ? definition : definition.at(location);
        return value.isTextual() && value.textValue().contains("${");
    }
}
