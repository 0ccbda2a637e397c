package dev.stepwise.runtime.history;

import java.util.List;

/**
 * One page of GetExecutionHistory.
 *
 * @param nextToken the token for the next page, or {@code null} on the last page
 */
public record HistoryPage(List<HistoryEvent> events, String nextToken) {

    public HistoryPage {
        events = List.copyOf(events);
    }

    public boolean hasNext() {
        return nextToken != null;
    }
}
