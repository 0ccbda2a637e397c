package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clocks;
import org.junit.jupiter.api.Test;

/**
 * A Pass state whose input was made by the state before it (and seen by nobody else) places its ResultPath into that
 * input instead of copying it. What must not change: the documents anyone else holds, the execution's input, a
 * variable, a sibling branch's input, and every output.
 */
class OwnedDocumentTest {

    /** No history: the case where inputs are written in place (a history event would hold them). */
    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).keepHistory(false).build();

    private Execution run(String definition, JsonNode input) {
        return runtime.start(runtime.load(json(definition)), input).await();
    }

    @Test
    void aChainOfResultPathsOnMadeDocumentsGivesTheSameOutputAndLeavesTheInputAlone() {
        JsonNode input = json("{'data':{'name':'a','tags':['x']},'n':1}");
        String chain = "{'StartAt':'Make','States':{"
                + "'Make':{'Type':'Pass','Parameters':{'data.$':'$.data','n.$':'$.n'},'Next':'Last'},"
                + "'Last':{'Type':'Pass','Parameters':{'name.$':'$.data.name'},'ResultPath':'$.last','Next':'Deep'},"
                + "'Deep':{'Type':'Pass','Result':{'k':'v'},'ResultPath':'$.data.copy','Next':'Again'},"
                + "'Again':{'Type':'Pass','Result':2,'ResultPath':'$.last','Next':'Keep'},"
                + "'Keep':{'Type':'Pass','Result':3,'ResultPath':null,'Next':'More'},"
                + "'More':{'Type':'Pass','Result':{'r':1},'ResultPath':'$.data.copy.more','End':true}}}";

        Execution execution = run(chain, input);

        assertThat(execution.output()).isEqualTo(json("{'data':{'name':'a','tags':['x'],'copy':{'k':'v','more':"
                + "{'r':1}}},'n':1,'last':2}"));
        assertThat(input).isEqualTo(json("{'data':{'name':'a','tags':['x']},'n':1}"));
        // a second run of the same plan starts from the same constants
        assertThat(run(chain, input).output()).isEqualTo(execution.output());
    }

    @Test
    void theExecutionsInputIsNotTheFlowsOwn() {
        JsonNode input = json("{'a':1}");

        Execution execution = run("{'StartAt':'P','States':{'P':{'Type':'Pass','Result':2,'ResultPath':'$.b',"
                + "'Next':'Q'},'Q':{'Type':'Pass','Result':3,'ResultPath':'$.c','End':true}}}", input);

        assertThat(execution.output()).isEqualTo(json("{'a':1,'b':2,'c':3}"));
        assertThat(input).isEqualTo(json("{'a':1}"));
        assertThat(execution.input()).isEqualTo(json("{'a':1}"));
    }

    @Test
    void aVariableAssignedTheWholeDocumentKeepsItsValue() {
        Execution execution = run("{'StartAt':'Make','States':{"
                + "'Make':{'Type':'Pass','Parameters':{'a.$':'$.a'},'Assign':{'saved.$':'$'},'Next':'Write'},"
                + "'Write':{'Type':'Pass','Result':2,'ResultPath':'$.b','Next':'Read'},"
                + "'Read':{'Type':'Pass','Parameters':{'saved.$':'$saved','now.$':'$'},'End':true}}}", json("{'a':1}"));

        assertThat(execution.output()).isEqualTo(json("{'saved':{'a':1},'now':{'a':1,'b':2}}"));
    }

    @Test
    void parallelBranchesEachSeeTheInputTheStateHad() {
        Execution execution = run("{'StartAt':'Make','States':{"
                + "'Make':{'Type':'Pass','Parameters':{'a.$':'$.a'},'Next':'Both'},"
                + "'Both':{'Type':'Parallel','End':true,'Branches':["
                + "{'StartAt':'L','States':{'L':{'Type':'Pass','Result':'left','ResultPath':'$.side','End':true}}},"
                + "{'StartAt':'R','States':{'R':{'Type':'Pass','Result':'right','ResultPath':'$.side','End':true}}}]}}}",
                json("{'a':1}"));

        assertThat(execution.output()).isEqualTo(json("[{'a':1,'side':'left'},{'a':1,'side':'right'}]"));
    }
}
