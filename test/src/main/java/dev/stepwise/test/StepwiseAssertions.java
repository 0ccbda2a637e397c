package dev.stepwise.test;

import dev.stepwise.runtime.Execution;

/**
 * Entry points of the kit's assertions, in AssertJ's style:
 *
 * <pre>{@code
 * assertThat(execution).succeeded().outputAs(OrderWorkflow.Output.class)
 *         .extracting(OrderWorkflow.Output::total).isEqualTo(...);
 * assertThat(execution).retried("charge", 2).caught("reserve", "States.Timeout");
 * assertThat(recorder.logs(execution)).containsTypes("TaskStateEntered");
 * assertThat(recorder.statusChanges(execution)).hasStatuses(RUNNING, SUCCEEDED);
 * }</pre>
 *
 * Import AssertJ's own {@code Assertions.assertThat} next to these: overloads do not clash.
 */
public final class StepwiseAssertions {

    private StepwiseAssertions() {
    }

    public static ExecutionAssert assertThat(Execution execution) {
        return new ExecutionAssert(execution);
    }

    public static ExecutionLogsAssert assertThat(ExecutionLogs logs) {
        return new ExecutionLogsAssert(logs);
    }

    public static StatusChangesAssert assertThat(StatusChanges changes) {
        return new StatusChangesAssert(changes);
    }
}
