package dev.stepwise.asl.validation;

import static dev.stepwise.asl.validation.ValidationAssertions.assertSchemaProblem;
import static dev.stepwise.asl.validation.ValidationAssertions.assertValid;
import static dev.stepwise.asl.validation.ValidationAssertions.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.asl.QueryLanguage;
import org.junit.jupiter.api.Test;

/** Which language each state is checked in, and TestState's check of one state alone. */
class QueryLanguageRulesTest {

    private static String parallel(String topLevel, String parallelLanguage, String branchState) {
        return "{" + topLevel + "\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\"," + parallelLanguage
                + "\"End\":true,\"Branches\":[{\"StartAt\":\"B\",\"States\":{\"B\":" + branchState + "}}]}}}";
    }

    @Test
    void branchStatesAreCheckedInTheMachinesLanguageNotTheirParallelStates() {
        assertValid(parallel("", "\"QueryLanguage\":\"JSONata\",",
                "{\"Type\":\"Pass\",\"Parameters\":{\"a.$\":\"$.a\"},\"End\":true}"));
        assertSchemaProblem(parallel("", "\"QueryLanguage\":\"JSONata\",",
                        "{\"Type\":\"Pass\",\"Output\":\"{% 1 %}\",\"End\":true}"),
                "/States/P/Branches/0/States/B/Output", "not supported for JSONPath query language");
    }

    @Test
    void itemProcessorStatesInheritAJsonataMachineAndMayNotSwitchBack() {
        String definition = "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\","
                + "\"End\":true,\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":%s}}}}}";
        assertValid(definition.formatted("{\"Type\":\"Pass\",\"Output\":\"{% $states.input %}\",\"End\":true}"));
        assertSchemaProblem(definition.formatted("{\"Type\":\"Pass\",\"QueryLanguage\":\"JSONPath\",\"End\":true}"),
                "/States/M/ItemProcessor/States/I/QueryLanguage", "cannot use JSONPath");
    }

    @Test
    void aStateAloneIsCheckedWithoutFollowingItsTargets() {
        ValidationReport report = DefinitionValidator.validateState("S",
                json("{\"Type\":\"Pass\",\"Next\":\"Elsewhere\"}"), QueryLanguage.JSONPATH);
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void aStateAloneIsCheckedInTheLanguageOfTheMachineItCameFrom() {
        ValidationReport report = DefinitionValidator.validateState("S",
                json("{\"Type\":\"Pass\",\"ResultPath\":\"$.r\",\"End\":true}"), QueryLanguage.JSONATA);
        assertThat(report.problems()).extracting(DefinitionProblem::location).containsExactly("/ResultPath");
    }

    @Test
    void aStateAloneThatIsNoObjectIsAProblemNotAnException() {
        assertThat(DefinitionValidator.validateState("S", null, QueryLanguage.JSONPATH).problems())
                .extracting(DefinitionProblem::message).containsExactly("A state must be an object with a Type, not missing");
        assertThat(DefinitionValidator.validateState("S", json("[1]"), QueryLanguage.JSONPATH).isValid()).isFalse();
    }
}
