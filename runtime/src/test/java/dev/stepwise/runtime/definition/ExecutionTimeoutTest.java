package dev.stepwise.runtime.definition;

import dev.stepwise.asl.validation.DefinitionProblem;
import dev.stepwise.runtime.InvalidDefinitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.validation.DefinitionValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The top-level TimeoutSeconds: the validator and the compiler accept and reject the same values. */
class ExecutionTimeoutTest {

    private static JsonNode machine(String timeout) {
        return Json.parse("{\"TimeoutSeconds\":" + timeout
                + ",\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":5,\"End\":true}}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "99999999", "3600.0"})
    void valuesInAwsRangeAreAcceptedByBoth(String timeout) {
        assertThat(DefinitionValidator.validate(machine(timeout)).isValid()).isTrue();
        assertThat(new DefinitionCompiler().compile(machine(timeout)).timeoutSeconds())
                .isEqualTo(Long.parseLong(timeout.replace(".0", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100000000", "1.5", "\"60\"", "null", "true", "1e30"})
    void valuesOutsideItAreRejectedByBoth(String timeout) {
        assertThat(DefinitionValidator.validate(machine(timeout)).problems()).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.location()).isEqualTo("/TimeoutSeconds");
                    assertThat(problem.message()).contains("must be an integer from 0 to 99999999");
                });
        assertThatThrownBy(() -> new DefinitionCompiler().compile(machine(timeout)))
                .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> assertThat(e.problems())
                        .extracting(DefinitionProblem::location).containsExactly("/TimeoutSeconds"))
                .hasMessageContaining("must be an integer from 0 to 99999999");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void zeroSetsNoLimit(boolean validate) {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).validateDefinitions(validate).build();
        Execution execution = runtime.start(runtime.load(machine("0")), Json.NODES.objectNode()).await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }
}
