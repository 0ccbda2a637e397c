package dev.stepwise.test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.events.ExecutionListener;
import dev.stepwise.runtime.events.ExecutionStatusChange;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.logging.LogSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps what a runtime's executions report, by execution ARN: their history events as recorded, their log records
 * (what the machines' logging configurations let through) and their status-change events. A
 * {@link StepwiseTest} attaches one to each test's runtime; {@link #attachTo} attaches one to any builder.
 * Thread-safe: executions report from their own threads under the system clock.
 */
public final class ExecutionRecorder implements ExecutionListener, LogSink {

    private final Map<String, Execution> executions = new LinkedHashMap<>();
    private final Map<String, List<HistoryEvent>> histories = new LinkedHashMap<>();
    private final Map<String, List<ObjectNode>> logs = new LinkedHashMap<>();
    private final Map<String, List<ExecutionStatusChange>> statusChanges = new LinkedHashMap<>();

    /** Registers this recorder as the builder's listener and log sink; returns the builder. */
    public LocalRuntime.Builder attachTo(LocalRuntime.Builder builder) {
        return builder.listener(this).logSink(this);
    }

    @Override
    public synchronized void executionCreated(Execution execution) {
        executions.put(execution.arn(), execution);
    }

    /** Every execution the runtime started, in the order they started. */
    public synchronized List<Execution> executions() {
        return List.copyOf(executions.values());
    }

    @Override
    public synchronized void statusChanged(ExecutionStatusChange change) {
        statusChanges.computeIfAbsent(change.executionArn(), arn -> new ArrayList<>()).add(change);
    }

    @Override
    public synchronized void eventRecorded(String executionArn, HistoryEvent event) {
        histories.computeIfAbsent(executionArn, arn -> new ArrayList<>()).add(event);
    }

    @Override
    public synchronized void write(ObjectNode record) {
        logs.computeIfAbsent(record.path("execution_arn").asText(), arn -> new ArrayList<>()).add(record);
    }

    /**
     * The log records of an execution, in the order they were written.
     *
     * @throws IllegalArgumentException when the execution ran on a runtime this recorder is not attached to
     */
    public synchronized ExecutionLogs logs(Execution execution) {
        requireRecorded(execution);
        return new ExecutionLogs(execution, List.copyOf(logs.getOrDefault(execution.arn(), List.of())));
    }

    /**
     * The status-change events of an execution, in the order they happened.
     *
     * @throws IllegalArgumentException when the execution ran on a runtime this recorder is not attached to
     */
    public synchronized StatusChanges statusChanges(Execution execution) {
        requireRecorded(execution);
        return new StatusChanges(execution, List.copyOf(statusChanges.getOrDefault(execution.arn(), List.of())));
    }

    /**
     * An execution this recorder never saw has no records here, which says nothing of what it logged or reported:
     * {@code isEmpty()} on it could not fail.
     */
    private void requireRecorded(Execution execution) {
        if (!executions.containsKey(execution.arn())) {
            throw new IllegalArgumentException("execution '" + execution.name() + "' ran on a runtime this recorder "
                    + "is not attached to, so it kept nothing of it; start it on the runtime @StepwiseTest gives (or "
                    + "one built from the Builder it gives), or attach the recorder with recorder.attachTo(builder)");
        }
    }

    /** The history of every execution recorded, by execution ARN, in the order the executions started. */
    public synchronized Map<String, List<HistoryEvent>> histories() {
        Map<String, List<HistoryEvent>> copy = new LinkedHashMap<>();
        histories.forEach((arn, events) -> copy.put(arn, List.copyOf(events)));
        return copy;
    }
}
