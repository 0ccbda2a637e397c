package dev.stepwise.server.api;

import dev.stepwise.asl.validation.DefinitionProblem;
import dev.stepwise.runtime.InvalidDefinitionException;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.server.protocol.ApiException;
import java.util.List;
import java.util.stream.Collectors;

/** The runtime's refusals in the endpoint's terms: the same error names, AWS's message formats. */
final class Refusals {

    private Refusals() {
    }

    static ApiException of(ApiRefusedException refused) {
        String prefix = refused.errorCode() + ": ";
        String message = refused.getMessage();
        return new ApiException(refused.errorCode(), message.startsWith(prefix) ? message.substring(prefix.length())
                : message);
    }

    /** AWS's InvalidDefinition: every problem as {@code CODE: message at /location}, one after another. */
    static ApiException of(InvalidDefinitionException invalid) {
        return invalidDefinition(invalid.problems());
    }

    static ApiException invalidDefinition(List<DefinitionProblem> problems) {
        return new ApiException("InvalidDefinition", "Invalid State Machine Definition: '"
                + problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining(", ")) + "'");
    }
}
