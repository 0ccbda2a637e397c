package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.clock.Clocks;
import org.junit.jupiter.api.Test;

/**
 * AWS's limits on workflow variables: 256 KiB per value and 10 MiB for all variables of an execution together, in
 * both query languages, switched off with the runtime's payload limit.
 *
 * <p>Every variable here holds a 200 KiB string, 204,802 bytes as JSON: 51 of them (10,444,902 bytes) fit in
 * 10 MiB (10,485,760 bytes), 52 do not.
 */
class VariableLimitsTest {

    private static final String BIG = "x".repeat(200 * 1024);
    private static final String INPUT = "{'big':'" + BIG + "'}";
    private static final int FITTING = 51;

    private static Execution run(LocalRuntime runtime, String definition, String input) {
        return runtime.start(runtime.load(json(definition)), json(input)).await();
    }

    private static Execution run(String definition, String input) {
        return run(LocalRuntime.builder().clock(Clocks.virtual()).build(), definition, input);
    }

    /** Pass states S0..S(count-1), each assigning the input's big string to a variable of its own, then {@code end}. */
    private static String assigningChain(int count, boolean jsonata, String end) {
        StringBuilder states = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String value = jsonata ? "'v" + i + "':'{% $states.input.big %}'" : "'v" + i + ".$':'$.big'";
            states.append("'S").append(i).append("':{'Type':'Pass','Assign':{").append(value).append("},'Next':'")
                    .append(i + 1 < count ? "S" + (i + 1) : "End").append("'},");
        }
        return "{" + (jsonata ? "'QueryLanguage':'JSONata'," : "") + "'StartAt':'S0','States':{" + states
                + "'End':" + end + "}}";
    }

    private static final String DONE = "{'Type':'Succeed'}";

    @Test
    void jsonPathVariablesPastTenMebibytesFailTheAssigningState() {
        Execution ex = run(assigningChain(FITTING + 1, false, DONE), INPUT);
        assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ex.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(ex.cause()).startsWith("The state 'S51' assigned variables")
                .contains("maximum number of bytes service limit");
        assertThat(ex.history()).noneMatch(e -> e.type().equals("PassStateExited")
                && e.detail("name").asText().equals("S51"));
    }

    @Test
    void jsonataVariablesPastTenMebibytesFailTheAssigningState() {
        Execution ex = run(assigningChain(FITTING + 1, true, DONE), INPUT);
        assertThat(ex.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(ex.cause()).startsWith("The state 'S51' assigned variables");
    }

    @Test
    void variablesJustUnderTenMebibytesGoThrough() {
        assertThat(run(assigningChain(FITTING, false, DONE), INPUT).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run(assigningChain(FITTING, true, DONE), INPUT).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void reassigningAVariableReplacesItsBytesInsteadOfAddingToThem() {
        // One variable set 60 times over (12 MB assigned in all) holds 200 KiB at any time.
        Execution ex = run("{'QueryLanguage':'JSONata','StartAt':'Init','States':{"
                + "'Init':{'Type':'Pass','Assign':{'n':0},'Next':'Set'},"
                + "'Set':{'Type':'Pass','Assign':{'v':'{% $states.input.big %}','n':'{% $n + 1 %}'},'Next':'Again'},"
                + "'Again':{'Type':'Choice','Choices':[{'Condition':'{% $n < 60 %}','Next':'Set'}],"
                + "'Default':'Done'},"
                + "'Done':{'Type':'Pass','Output':'{% $n %}','End':true}}}", INPUT);
        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.output()).isEqualTo(json("60"));
    }

    /**
     * After the machine's own {@code outer} variables, a Map whose iterations each assign one more; a Catch for
     * {@code States.ALL} on the Map leads to {@code Caught}.
     */
    private static String mapAssigningOneMore(int outer) {
        String map = "{'Type':'Map','ItemsPath':'$.items','ItemSelector':{'big.$':'$.big'},"
                + "'ItemProcessor':{'ProcessorConfig':{'Mode':'INLINE'},'StartAt':'Inner','States':{"
                + "'Inner':{'Type':'Pass','Assign':{'mine.$':'$.big'},'OutputPath':null,'End':true}}},"
                + "'ResultPath':null,'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Caught'}],'Next':'Done'},'Caught':{'Type':'Pass','End':true},'Done':" + DONE;
        return assigningChain(outer, false, map);
    }

    @Test
    void anIterationCountsItsVariablesTogetherWithTheOuterOnesAndStatesAllDoesNotCatchIt() {
        Execution ex = run(mapAssigningOneMore(FITTING), "{'big':'" + BIG + "','items':[1]}");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ex.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(ex.cause()).startsWith("The state 'Inner' assigned variables");
        assertThat(ex.history()).noneMatch(e -> e.type().equals("PassStateEntered")
                && e.detail("name").asText().equals("Caught"));
    }

    @Test
    void aFinishedIterationsVariablesStopCounting() {
        // 50 outer variables leave room for one more: each of 3 iterations, run one after the other, takes it.
        Execution ex = run(mapAssigningOneMore(FITTING - 1), "{'big':'" + BIG + "','items':[1,2,3]}");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        // ...and once they are done the machine still has that room.
        String definition = mapAssigningOneMore(FITTING - 1).replace("'Done':" + DONE,
                "'Done':{'Type':'Pass','Assign':{'last.$':'$.big'},'End':true}");
        assertThat(run(definition, "{'big':'" + BIG + "','items':[1,2,3]}").status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void withoutThePayloadLimitVariablesAreNotMeasured() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).payloadLimit(false).build();
        assertThat(run(runtime, assigningChain(FITTING + 10, false, DONE), INPUT).status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
        Execution oneLargeValue = run(runtime, "{'StartAt':'A','States':{'A':{'Type':'Pass',"
                + "'Assign':{'v.$':'$.big'},'End':true}}}", "{'big':'" + "x".repeat(300 * 1024) + "'}");
        assertThat(oneLargeValue.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void aValueOverTwoHundredFiftySixKibibytesNamesItsVariable() {
        Execution ex = run("{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Pass',"
                + "'Assign':{'small':1,'large':'{% $states.input.big & $states.input.big %}'},'End':true}}}",
                INPUT);
        assertThat(ex.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(ex.cause()).isEqualTo("The state 'A' assigned a value to the variable 'large' with a size"
                + " exceeding the maximum number of bytes service limit.");
    }
}
