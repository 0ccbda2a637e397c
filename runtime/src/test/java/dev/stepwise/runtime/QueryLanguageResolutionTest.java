package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.runtime.clock.Clocks;
import org.junit.jupiter.api.Test;

/**
 * A state's query language, as loading (validator and compiler) and TestState resolve it: its own, else the
 * top-level machine's, however deep in branches and item processors it sits.
 */
class QueryLanguageResolutionTest {

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

    private Execution run(String definition, String input) {
        return runtime.start(runtime.load(json(definition)), json(input)).await();
    }

    @Test
    void branchStatesTakeTheMachinesLanguageNotTheirParallelStates() {
        Execution ex = run("{'StartAt':'P','States':{'P':{'Type':'Parallel','QueryLanguage':'JSONata',"
                + "'Output':'{% $states.result[0] %}','End':true,'Branches':[{'StartAt':'B','States':{"
                + "'B':{'Type':'Pass','Parameters':{'doubled.$':'States.MathAdd($.n, $.n)'},'End':true}}}]}}}",
                "{'n':4}");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.output()).isEqualTo(json("{'doubled':8}"));
    }

    @Test
    void itemProcessorStatesInheritAJsonataMachine() {
        Execution ex = run("{'QueryLanguage':'JSONata','StartAt':'M','States':{'M':{'Type':'Map',"
                + "'Items':'{% $states.input.items %}','End':true,'ItemProcessor':{'StartAt':'I','States':{"
                + "'I':{'Type':'Pass','Output':'{% $states.input * 10 %}','End':true}}}}}}", "{'items':[1,2]}");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.output()).isEqualTo(json("[10,20]"));
    }

    @Test
    void aStateInsideAProcessorMaySwitchAJsonPathMachineToJsonata() {
        Execution ex = run("{'StartAt':'M','States':{'M':{'Type':'Map','ItemsPath':'$.items','End':true,"
                + "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','QueryLanguage':'JSONata',"
                + "'Output':'{% $states.input + 1 %}','End':true}}}}}}", "{'items':[1,2]}");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.output()).isEqualTo(json("[2,3]"));
    }

    @Test
    void aBranchStateCannotSwitchAJsonataMachineBackToJsonPath() {
        assertThatThrownBy(() -> runtime.load(json("{'QueryLanguage':'JSONata','StartAt':'P','States':{"
                + "'P':{'Type':'Parallel','End':true,'Branches':[{'StartAt':'B','States':{"
                + "'B':{'Type':'Pass','QueryLanguage':'JSONPath','End':true}}}]}}}")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("/States/P/Branches/0/States/B/QueryLanguage")
                .hasMessageContaining("cannot use JSONPath when the state machine's QueryLanguage is JSONata");
    }

    @Test
    void testStateRunsAStateOfAJsonataMachineInJsonata() {
        TestStateResult outcome = runtime.testState(json("{'QueryLanguage':'JSONata','StartAt':'P',"
                + "'States':{'P':{'Type':'Parallel','End':true,'Branches':[{'StartAt':'Inner','States':{"
                + "'Inner':{'Type':'Pass','Output':'{% $states.input.n * 3 %}','End':true}}}]}}}"), "Inner",
                json("{'n':2}"));
        assertThat(outcome.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(outcome.output()).isEqualTo(json("6"));
    }

    @Test
    void testStateRunsAStateThatSetsJsonataItself() {
        TestStateResult outcome = runtime.testState(json("{'Type':'Pass','QueryLanguage':'JSONata',"
                + "'Output':'{% $states.input.n + 1 %}','Next':'After'}"), json("{'n':1}"));
        assertThat(outcome.output()).isEqualTo(json("2"));
        assertThat(outcome.nextState()).isEqualTo("After");
    }

    @Test
    void testStateOfAJsonPathMachineRejectsJsonataOnlyFields() {
        assertThatThrownBy(() -> runtime.testState(json("{'StartAt':'A','States':{'A':{'Type':'Pass',"
                + "'Output':'{% 1 %}','End':true}}}"), "A", json("{}")))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("/Output");
    }

    @Test
    void testStateChecksTheStateWithAwsRulesInItsMachinesLanguage() {
        assertThatThrownBy(() -> runtime.testState(json("{'QueryLanguage':'JSONata','StartAt':'A','States':{"
                + "'A':{'Type':'Pass','Parameters':{},'End':true}}}"), "A", json("{}")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("The field 'Parameters' is not supported for JSONata query language");
        assertThatThrownBy(() -> runtime.testState(json("{'Type':'Pass','QueryLanguage':'XPath','End':true}"),
                json("{}"))).isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("must be one of JSONPath, JSONata, not 'XPath'");
    }

    @Test
    void anUnknownLanguageIsReportedEvenWithoutValidation() {
        LocalRuntime lenient = LocalRuntime.builder().clock(Clocks.virtual()).validateDefinitions(false).build();
        assertThatThrownBy(() -> lenient.load(json("{'QueryLanguage':'jsonata','StartAt':'A','States':{"
                + "'A':{'Type':'Pass','End':true}}}")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("/QueryLanguage").hasMessageContaining("must be JSONPath or JSONata");
        assertThatThrownBy(() -> lenient.testState(json("{'Type':'Pass','QueryLanguage':'XPath','End':true}"),
                json("{}"))).isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("must be JSONPath or JSONata");
    }
}
