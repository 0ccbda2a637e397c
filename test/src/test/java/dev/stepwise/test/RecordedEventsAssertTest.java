package dev.stepwise.test;

import static dev.stepwise.test.StepwiseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.logging.LogLevel;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import org.junit.jupiter.api.Test;

/** Assertions on the log records and status-change events an {@link ExecutionRecorder} kept. */
class RecordedEventsAssertTest {

    private final ExecutionRecorder recorder = new ExecutionRecorder();

    private Execution run(LoggingConfiguration logging) {
        LocalRuntime runtime = recorder.attachTo(LocalRuntime.builder().clock(Clocks.virtual()).logging(logging))
                .build();
        return runtime.start(runtime.load("Greeter", Json.parse("{\"StartAt\":\"hello\",\"States\":{\"hello\":"
                + "{\"Type\":\"Pass\",\"Result\":\"hi\",\"End\":true}}}")), "greet", Json.parse("{}"));
    }

    @Test
    void logRecordsOfOneExecution() {
        Execution run = run(LoggingConfiguration.of(LogLevel.ALL, true));

        assertThat(recorder.logs(run)).hasTypes("ExecutionStarted", "PassStateEntered", "PassStateExited",
                "ExecutionSucceeded").containsTypes("PassStateExited").records().hasSize(4);
        assertThatThrownBy(() -> assertThat(recorder.logs(run)).containsTypes("TaskFailed", "PassStateEntered"))
                .hasMessage("\nExpecting execution 'greet' to log records of the types [TaskFailed, PassStateEntered],"
                        + " but none of [TaskFailed] was logged; it logged [ExecutionStarted, PassStateEntered, "
                        + "PassStateExited, ExecutionSucceeded]\n\npath of execution 'greet' (SUCCEEDED):\n"
                        + "  1. hello");
        assertThatThrownBy(() -> assertThat(recorder.logs(run)).hasTypes("ExecutionStarted"))
                .hasMessageStartingWith("\nExpecting execution 'greet' to log exactly the record types "
                        + "[ExecutionStarted], but it logged [ExecutionStarted, PassStateEntered, ");
        assertThatThrownBy(() -> assertThat(recorder.logs(run)).isEmpty())
                .hasMessageStartingWith("\nExpecting execution 'greet' to log nothing, but it logged [");
        assertThatThrownBy(() -> assertThat(recorder.logs(run)).containsTypes())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("containsTypes() needs at least one record type: over none, the assertion could not fail");
    }

    @Test
    void nothingIsLoggedWhenTheMachinesLoggingIsOff() {
        Execution run = run(LoggingConfiguration.OFF);

        assertThat(recorder.logs(run)).isEmpty();
    }

    @Test
    void statusChangesOfOneExecution() {
        Execution run = run(LoggingConfiguration.OFF);

        assertThat(recorder.statusChanges(run)).hasStatuses(ExecutionStatus.RUNNING, ExecutionStatus.SUCCEEDED)
                .events().last().extracting(change -> change.name()).isEqualTo("greet");
        assertThatThrownBy(() -> assertThat(recorder.statusChanges(run)).hasStatuses(ExecutionStatus.FAILED))
                .hasMessage("\nExpecting execution 'greet' to report the statuses [FAILED], but it reported [RUNNING, "
                        + "SUCCEEDED]\n\npath of execution 'greet' (SUCCEEDED):\n  1. hello");
    }

    @Test
    void anExecutionOfARuntimeTheRecorderIsNotAttachedToIsRefusedRatherThanFoundSilent() {
        LocalRuntime other = LocalRuntime.builder().clock(Clocks.virtual())
                .logging(LoggingConfiguration.of(LogLevel.ALL, true)).build();
        Execution elsewhere = other.start(other.load("Greeter", Json.parse("{\"StartAt\":\"hello\",\"States\":"
                + "{\"hello\":{\"Type\":\"Fail\",\"Error\":\"Oops\"}}}")), "elsewhere", Json.parse("{}"));

        assertThatThrownBy(() -> assertThat(recorder.logs(elsewhere)).isEmpty())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("execution 'elsewhere' ran on a runtime this recorder is not attached to");
        assertThatThrownBy(() -> assertThat(recorder.statusChanges(elsewhere)).hasStatuses())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recorder.attachTo(builder)");
    }

    @Test
    void theHistoryTableListsEveryEventWithItsState() {
        Execution run = run(LoggingConfiguration.OFF);

        org.assertj.core.api.Assertions.assertThat(HistoryTable.format(run.history())).isEqualTo(
                "id  prev  time  type                state  details\n"
                + " 1     0  +0s   ExecutionStarted\n"
                + " 2     0  +0s   PassStateEntered    hello\n"
                + " 3     2  +0s   PassStateExited     hello  output \"hi\"\n"
                + " 4     3  +0s   ExecutionSucceeded         output \"hi\"\n");
    }
}
