package dev.stepwise.runtime.executions;

import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.history.HistoryPage;
import dev.stepwise.runtime.history.HistoryQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * An execution as DescribeExecution and GetExecutionHistory see it: a started execution, or a child workflow
 * execution a Distributed Map's Map Run dispatched.
 */
public interface ExecutionRecord {

    /** What DescribeExecution reports, as of now. */
    ExecutionDescription describe();

    /** DescribeExecution's {@code redriveStatus} and {@code redriveStatusReason}, as of now. */
    RedriveStatus redriveStatus();

    /**
     * Whether GetExecutionHistory serves it: not for an Express child workflow execution, which, like any Express
     * execution, has no history on AWS.
     */
    boolean hasHistory();

    /**
     * One page of the history (GetExecutionHistory).
     *
     * @throws dev.stepwise.runtime.history.InvalidTokenException for a token this execution did not hand out
     */
    HistoryPage history(HistoryQuery query);

    /** The whole history, oldest first, every page read; empty when it has none ({@link #hasHistory()}). */
    default List<HistoryEvent> fullHistory() {
        List<HistoryEvent> events = new ArrayList<>();
        if (!hasHistory()) {
            return events;
        }
        HistoryQuery query = HistoryQuery.firstPage().maxResults(HistoryQuery.MAX_PAGE_SIZE);
        HistoryPage page = history(query);
        events.addAll(page.events());
        while (page.hasNext()) {
            page = history(query.nextToken(page.nextToken()));
            events.addAll(page.events());
        }
        return events;
    }
}
