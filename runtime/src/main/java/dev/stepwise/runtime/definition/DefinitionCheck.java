package dev.stepwise.runtime.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A check run over the raw definition before it is compiled (for example the full AWS rule set of
 * {@code definition.validation}); its problems are reported together with the compiler's own.
 */
@FunctionalInterface
public interface DefinitionCheck {

    List<DefinitionProblem> check(JsonNode definition);
}
