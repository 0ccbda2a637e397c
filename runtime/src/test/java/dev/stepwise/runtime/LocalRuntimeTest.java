package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.asl.data.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalRuntimeTest {

    private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:echo";
    /** A Pass whose output holds its input twice. */
    private static final JsonNode DOUBLING = json("{'StartAt':'P','States':{'P':"
            + "{'Type':'Pass','Parameters':{'a.$':'$','b.$':'$'},'End':true}}}");

    @Test
    void stopAbortsARunningExecutionDuringAWait() {
        LocalRuntime runtime = LocalRuntime.builder().build();
        Execution ex = runtime.start(runtime.load(json("{'StartAt':'W','States':{'W':{'Type':'Wait',"
                + "'Seconds':30,'End':true}}}")), json("{}"));
        assertThat(ex.status()).isEqualTo(ExecutionStatus.RUNNING);
        ex.stop();
        assertThat(ex.await(Duration.ofSeconds(5))).isTrue();
        assertThat(ex.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(ex.history().get(ex.history().size() - 1).type()).isEqualTo("ExecutionAborted");
    }

    @Test
    void manyExecutionsAtOnceDoNotInterfere() {
        LocalRuntime runtime = LocalRuntime.builder().handler(FN, (input, ctx) -> {
            Thread.sleep(5);
            return input;
        }).build();
        StateMachine machine = runtime.load(json("{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + FN
                + "','ResultPath':'$.echo','Next':'P'},'P':{'Type':'Pass','Parameters':{'n.$':'$.echo.n',"
                + "'name.$':'$$.Execution.Name'},'End':true}}}"));
        List<Execution> executions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            executions.add(runtime.start(machine, "run-" + i, Json.NODES.objectNode().put("n", i)));
        }
        for (int i = 0; i < executions.size(); i++) {
            Execution ex = executions.get(i).await();
            assertThat(ex.output()).isEqualTo(json("{'n':" + i + ",'name':'run-" + i + "'}"));
        }
    }

    @Test
    void executionNamesFollowAwsLimits() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        StateMachine machine = runtime.load(json("{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}"));
        assertThatThrownBy(() -> runtime.start(machine, "x".repeat(81), json("{}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("80 characters");
    }

    @Test
    void inputsOverThePayloadLimitAreRejectedAtStart() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        StateMachine machine = runtime.load(json("{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}"));
        assertThatThrownBy(() -> runtime.start(machine, Json.NODES.textNode("y".repeat(300_000))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payload limit");
    }

    @Test
    void stateOutputsOverThePayloadLimitFailTheExecution() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution ex = runtime.start(runtime.load(DOUBLING), Json.NODES.textNode("y".repeat(150_000))).await();
        assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ex.error()).isEqualTo("States.DataLimitExceeded");
    }

    @Test
    void withoutThePayloadLimitLargerInputsAndOutputsGoThrough() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).payloadLimit(false).build();
        Execution ex = runtime.start(runtime.load(DOUBLING), Json.NODES.textNode("y".repeat(300_000))).await();
        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.output().get("b").textValue()).hasSize(300_000);
    }

    @Test
    void testStateRunsOneStateWithInspectionData() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        TestStateResult outcome = runtime.testState(json("{'Type':'Pass','InputPath':'$.in',"
                + "'Parameters':{'v.$':'$.v'},'ResultPath':'$.out','Next':'Elsewhere'}"), json("{'in':{'v':1}}"));
        assertThat(outcome.status()).isEqualTo(TestStateStatus.SUCCEEDED);
        assertThat(outcome.nextState()).isEqualTo("Elsewhere");
        assertThat(outcome.output()).isEqualTo(json("{'in':{'v':1},'out':{'v':1}}"));
        assertThat(outcome.inspectionData().get("afterInputPath")).isEqualTo(json("{'v':1}"));
        assertThat(outcome.inspectionData().get("afterParameters")).isEqualTo(json("{'v':1}"));
    }

    @Test
    void testStateFindsAStateInsideAMapProcessor() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        TestStateResult outcome = runtime.testState(json("{'StartAt':'M','States':{'M':{'Type':'Map',"
                + "'ItemProcessor':{'StartAt':'Inner','States':{'Inner':{'Type':'Fail','Error':'E','Cause':'C'}}},"
                + "'End':true}}}"), "Inner", json("{}"));
        assertThat(outcome.status()).isEqualTo(TestStateStatus.FAILED);
        assertThat(outcome.error()).isEqualTo("E");
        assertThatThrownBy(() -> runtime.testState(json("{'StartAt':'A','States':{'A':{'Type':'Succeed'}}}"),
                "Missing", json("{}"))).hasMessageContaining("no state named 'Missing'");
    }
}
