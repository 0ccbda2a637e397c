package dev.stepwise.runtime;

import dev.stepwise.asl.validation.DefinitionProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An extra check run over the raw definition before it is compiled (a house rule, say: AWS's own rules already run
 * in {@code LocalRuntime.load}); its problems are reported together with the compiler's own.
 */
@FunctionalInterface
public interface DefinitionCheck {

    List<DefinitionProblem> check(JsonNode definition);
}
