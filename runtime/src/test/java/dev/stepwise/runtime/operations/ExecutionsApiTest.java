package dev.stepwise.runtime.operations;

import static dev.stepwise.runtime.operations.Machines.awaitEvents;
import static dev.stepwise.runtime.operations.Machines.json;
import static dev.stepwise.runtime.operations.Machines.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.StateMachineSettings;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.runtime.executions.ExecutionDescription;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** StartExecution's name rules, DescribeExecution, ListExecutions and StopExecution. */
class ExecutionsApiTest {

    private static final String LONG_WAIT = "{'StartAt':'Hold','States':{'Hold':{'Type':'Wait','Seconds':30,"
            + "'End':true}}}";

    @Test
    void aSecondStartWithTheNameOfARunningExecutionAndOtherInputIsRefused() {
        LocalRuntime runtime = LocalRuntime.builder().build();
        StateMachine machine = runtime.load("Hold", json(LONG_WAIT));
        Execution first = runtime.start(machine, "order-1", json("{'n':1}"));
        try {
            assertThatThrownBy(() -> runtime.start(machine, "order-1", json("{'n':2}")))
                    .isInstanceOfSatisfying(ApiRefusedException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("ExecutionAlreadyExists"));
            // StartExecution is idempotent: same name, same input, still running -> the same execution
            assertThat(runtime.start(machine, "order-1", json("{'n':1}"))).isSameAs(first);
        } finally {
            first.stop();
        }
    }

    @Test
    void aNameStaysTakenAfterItsExecutionEndedButOtherMachinesMayUseIt() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        String pass = "{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}";
        StateMachine a = runtime.load("A", json(pass));
        StateMachine b = runtime.load("B", json(pass));
        runtime.start(a, "run", json("{}")).await();
        assertThatThrownBy(() -> runtime.start(a, "run", json("{}")))
                .isInstanceOf(ApiRefusedException.class).hasMessageContaining("ExecutionAlreadyExists");
        assertThat(runtime.start(b, "run", json("{}")).await().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void expressExecutionNamesNeedNotBeUnique() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        StateMachine machine = runtime.load("Fast", json("{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}"),
                StateMachineSettings.of(StateMachineType.EXPRESS, LoggingConfiguration.OFF));
        runtime.start(machine, "same", json("{}"));
        assertThat(runtime.start(machine, "same", json("{}")).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void describeReportsDatesInputOutputAndRedriveCount() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        StateMachine machine = runtime.load("Slow", json("{'StartAt':'W','States':{'W':{'Type':'Wait',"
                + "'Seconds':10,'Next':'P'},'P':{'Type':'Pass','Result':{'done':true},'End':true}}}"));
        Execution execution = runtime.start(machine, "d1", json("{'in':1}")).await();

        ExecutionDescription description = execution.describe();
        assertThat(description.executionArn()).endsWith(":execution:Slow:d1");
        assertThat(description.stateMachineArn()).isEqualTo(machine.arn());
        assertThat(description.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(Duration.between(description.startDate(), description.stopDate())).isEqualTo(
                Duration.ofSeconds(10));
        assertThat(description.input()).isEqualTo(json("{'in':1}"));
        assertThat(description.output()).isEqualTo(json("{'done':true}"));
        assertThat(description.redriveCount()).isZero();
        assertThat(description.toJson().get("output").asText()).isEqualTo("{\"done\":true}");
        assertThat(runtime.execution(execution.arn())).containsSame(execution);
    }

    @Test
    void describeOfAFailedExecutionCarriesItsErrorAndCause() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        StateMachine machine = runtime.load("Fails", json("{'StartAt':'F','States':{'F':{'Type':'Fail',"
                + "'Error':'Boom','Cause':'it broke'}}}"));
        ExecutionDescription description = runtime.start(machine, json("{}")).await().describe();
        assertThat(description.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(description.error()).isEqualTo("Boom");
        assertThat(description.cause()).isEqualTo("it broke");
        assertThat(description.output()).isNull();
    }

    @Test
    void listByStatusGivesTheMachinesExecutionsNewestFirst() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        StateMachine machine = runtime.load("Sorter", json("{'StartAt':'C','States':{'C':{'Type':'Choice',"
                + "'Choices':[{'Variable':'$.ok','BooleanEquals':true,'Next':'Yes'}],'Default':'No'},"
                + "'Yes':{'Type':'Succeed'},'No':{'Type':'Fail','Error':'No'}}}"));
        StateMachine other = runtime.load("Other", json("{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}"));
        runtime.start(machine, "a", json("{'ok':true}"));
        runtime.start(machine, "b", json("{'ok':false}"));
        runtime.start(machine, "c", json("{'ok':true}"));
        runtime.start(other, "d", json("{}"));

        assertThat(runtime.executions(machine, ExecutionStatus.SUCCEEDED)).extracting(Execution::name)
                .containsExactly("c", "a");
        assertThat(runtime.executions(machine, ExecutionStatus.FAILED)).extracting(Execution::name)
                .containsExactly("b");
        assertThat(runtime.executions(machine, null)).hasSize(3);
    }

    @Test
    void theRuntimeForgetsTheOldestFinishedExecutionsBeyondItsMemory() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).rememberedExecutions(2).build();
        StateMachine machine = runtime.load("P", json("{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}"));
        Execution first = runtime.start(machine, "1", json("{}"));
        runtime.start(machine, "2", json("{}"));
        runtime.start(machine, "3", json("{}"));
        assertThat(runtime.execution(first.arn())).isEmpty();
        assertThat(runtime.executions(machine, null)).extracting(Execution::name).containsExactly("3", "2");
    }

    @Test
    void stopAbortsTheWaitingStateAndRecordsErrorAndCause() {
        LocalRuntime runtime = LocalRuntime.builder().build();
        Execution execution = runtime.start(runtime.load(json(LONG_WAIT)), json("{}"));
        awaitEvents(execution, "WaitStateEntered", 1);
        execution.stop("Operator", "stopped by hand");
        assertThat(execution.await(Duration.ofSeconds(5))).isTrue();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(types(execution)).containsExactly("ExecutionStarted", "WaitStateEntered", "WaitStateAborted",
                "ExecutionAborted");
        HistoryEvent aborted = execution.history().get(3);
        assertThat(aborted.detail("error").asText()).isEqualTo("Operator");
        assertThat(aborted.detail("cause").asText()).isEqualTo("stopped by hand");
        assertThat(execution.describe().stopDate()).isNotNull();
        assertThat(runtime.executions(execution.stateMachine(), ExecutionStatus.ABORTED)).contains(execution);
    }

    @Test
    void stopAbortsEveryParallelBranchAndTheParallelState() {
        LocalRuntime runtime = LocalRuntime.builder().build();
        // State names are unique across the whole machine, branches included.
        String first = "{'StartAt':'W1','States':{'W1':{'Type':'Wait','Seconds':30,'End':true}}}";
        String second = "{'StartAt':'W2','States':{'W2':{'Type':'Wait','Seconds':30,'End':true}}}";
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'Par','States':{'Par':{'Type':'Parallel',"
                + "'Branches':[" + first + "," + second + "],'End':true}}}")), json("{}"));
        awaitEvents(execution, "WaitStateEntered", 2);
        execution.stop();
        assertThat(execution.await(Duration.ofSeconds(5))).isTrue();

        List<String> types = types(execution);
        assertThat(types.stream().filter("WaitStateAborted"::equals)).hasSize(2);
        assertThat(types).containsSubsequence("ParallelStateStarted", "WaitStateAborted", "ParallelStateAborted",
                "ExecutionAborted");
        assertThat(types).doesNotContain("ParallelStateExited", "ParallelStateFailed");
    }

    @Test
    void stopAbortsEveryMapIterationAndTheMapState() {
        LocalRuntime runtime = LocalRuntime.builder().build();
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'M','States':{'M':{'Type':'Map',"
                + "'ItemProcessor':{'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':30,'End':true}}},"
                + "'End':true}}}")), json("[1,2,3]"));
        awaitEvents(execution, "WaitStateEntered", 3);
        execution.stop();
        assertThat(execution.await(Duration.ofSeconds(5))).isTrue();

        List<String> types = types(execution);
        assertThat(types.stream().filter("MapIterationAborted"::equals)).hasSize(3);
        assertThat(types.stream().filter("WaitStateAborted"::equals)).hasSize(3);
        assertThat(types.subList(types.size() - 2, types.size())).containsExactly("MapStateAborted",
                "ExecutionAborted");
    }
}
