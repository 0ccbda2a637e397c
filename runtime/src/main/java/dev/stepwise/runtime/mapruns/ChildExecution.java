package dev.stepwise.runtime.mapruns;

import dev.stepwise.runtime.ExecutionStatus;
import java.time.Instant;

/**
 * One child workflow execution of a Map Run, as ListExecutions by {@code mapRunArn} lists it.
 *
 * @param stateMachineArn the Map Run's labelled state machine: {@code ...:stateMachine:<machine>/<label>}
 * @param stopDate        {@code null} while running
 * @param itemCount       the items it processed: 1, or its batch's size
 * @param redriveDate     when it was last redriven, or {@code null}
 */
public record ChildExecution(String executionArn, String name, String stateMachineArn, ExecutionStatus status,
        Instant startDate, Instant stopDate, int itemCount, int redriveCount, Instant redriveDate) {
}
