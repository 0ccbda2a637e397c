package dev.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.history.HistoryEvent;

/**
 * Runs one workload on the local runtime in this process, configured as its meta file says: the local Task
 * implementation by state name, the virtual clock when Wait and retry intervals must take no time, no history, and
 * neither the 256 KiB payload limit (the Map workload moves more than AWS would accept) nor the 25,000-event history
 * limit (counting choice-loop's transitions keeps a longer history than AWS would).
 */
final class WorkloadRunner {

    private final Workload workload;
    private final LocalRuntime runtime;
    private final StateMachine machine;

    WorkloadRunner(Workload workload, boolean keepHistory) {
        this.workload = workload;
        LocalRuntime.Builder builder = LocalRuntime.builder()
                .clock(workload.zeroesIntervals() ? Clocks.virtual() : Clocks.system())
                .keepHistory(keepHistory)
                .payloadLimit(false)
                .historyLimit(false)
                .rememberedExecutions(1); // nothing is described or listed later: keep no finished executions
        workload.meta().path("task").fieldNames().forEachRemaining(state -> {
            if (!state.equals("Flaky")) {
                throw new IllegalArgumentException("no local implementation for the Task '" + state + "'");
            }
            builder.stateHandler(state, new FlakyTask());
        });
        this.runtime = builder.build();
        this.machine = runtime.load(workload.definition());
    }

    /**
     * Runs one measured unit (its executions one after the other) and returns the first execution's output.
     *
     * @throws IllegalStateException when an execution does not succeed
     */
    JsonNode runUnit() {
        JsonNode first = null;
        for (int k = 0; k < workload.executionsPerUnit(); k++) {
            Execution execution = runSucceeding(k);
            if (k == 0) {
                first = execution.output();
            }
        }
        return first;
    }

    /**
     * Runs one execution with history on and counts its entered states (the meta file's transitions).
     *
     * @throws IllegalStateException when the execution does not succeed
     */
    long countTransitions() {
        return runSucceeding(0).history().stream().map(HistoryEvent::type)
                .filter(type -> type.endsWith("StateEntered")).count();
    }

    private Execution runSucceeding(int k) {
        Execution execution = runtime.start(machine, workload.inputOf(k)).await();
        if (execution.status() != ExecutionStatus.SUCCEEDED) {
            throw new IllegalStateException(workload.name() + " execution " + k + " ended " + execution.status()
                    + ": " + execution.error() + " " + execution.cause());
        }
        return execution;
    }
}
