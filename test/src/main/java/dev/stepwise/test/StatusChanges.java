package dev.stepwise.test;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.events.ExecutionStatusChange;
import java.util.List;

/** The EventBridge-style status-change events of one execution, as an {@link ExecutionRecorder} kept them. */
public record StatusChanges(Execution execution, List<ExecutionStatusChange> events) {

    /** The statuses reported, in order. */
    public List<ExecutionStatus> statuses() {
        return events.stream().map(ExecutionStatusChange::status).toList();
    }
}
