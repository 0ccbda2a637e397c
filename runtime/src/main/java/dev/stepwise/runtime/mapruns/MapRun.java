package dev.stepwise.runtime.mapruns;

import java.util.List;

/**
 * The run a Distributed Map state starts: it lives as long as the execution that started it is remembered, and a
 * redrive of that execution runs it again under the same ARN.
 */
public interface MapRun {

    /** {@code arn:<partition>:states:<region>:<account>:mapRun:<machine>/<label>:<id>} */
    String arn();

    /** The execution that started the run. */
    String executionArn();

    /** The labelled state machine its child workflow executions run: {@code ...:stateMachine:<machine>/<label>}. */
    String stateMachineArn();

    /** What DescribeMapRun reports, as of now. */
    MapRunDescription describe();

    /** The child workflow executions started so far, newest first (ListExecutions' order). */
    List<ChildExecution> childExecutions();

    /**
     * Changes the settings of the running run (UpdateMapRun); later items run under them.
     *
     * @throws MapRunCompletedException when the run has ended
     */
    void update(MapRunUpdate update);
}
