package dev.stepwise.runtime.engine;

import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.executions.ExecutionDescription;
import dev.stepwise.runtime.executions.ExecutionRecord;
import dev.stepwise.runtime.executions.RedriveEligibility;
import dev.stepwise.runtime.executions.RedriveStatus;
import dev.stepwise.runtime.history.HistoryPage;
import dev.stepwise.runtime.history.HistoryPager;
import dev.stepwise.runtime.history.HistoryQuery;
import dev.stepwise.runtime.mapruns.ChildExecution;

/**
 * A Map Run's child workflow execution as DescribeExecution and GetExecutionHistory see it, as of the moment it was
 * taken: described like any execution, with the Map Run that dispatched it (API model: DescribeExecutionOutput's
 * {@code mapRunArn}).
 *
 * @param parentRefusal why RedriveExecution would refuse the parent execution, or {@code null}
 */
record ChildExecutionRecord(ChildExecution listed, String mapRunArn, ChildRun run, String parentRefusal)
        implements ExecutionRecord {

    @Override
    public ExecutionDescription describe() {
        boolean succeeded = listed.status() == ExecutionStatus.SUCCEEDED;
        return new ExecutionDescription(listed.executionArn(), listed.stateMachineArn(), listed.name(),
                listed.status(), listed.startDate(), listed.stopDate(), run.input(), succeeded ? run.output() : null,
                run.error(), run.cause(), listed.redriveCount(), listed.redriveDate(), null, null, mapRunArn);
    }

    /**
     * A child is redriven only by its Map Run, when its parent execution is (API model: ExecutionRedriveStatus's
     * REDRIVABLE_BY_MAP_RUN); one that is running or succeeded is not redriven, in RedriveExecution's words.
     */
    @Override
    public RedriveStatus redriveStatus() {
        String refusal = RedriveEligibility.statusRefusal(listed.status());
        return RedriveStatus.of(refusal != null ? refusal : parentRefusal, true);
    }

    @Override
    public boolean hasHistory() {
        return !run.express();
    }

    @Override
    public HistoryPage history(HistoryQuery query) {
        return new HistoryPager(listed.executionArn()).page(run.history().events(), query);
    }
}
