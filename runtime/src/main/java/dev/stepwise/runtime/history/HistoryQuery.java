package dev.stepwise.runtime.history;

/**
 * The paging options of GetExecutionHistory.
 *
 * @param maxResults events per page, 1 to 1000 ({@code 0} means AWS's default of 100)
 * @param reverseOrder newest event first
 * @param nextToken the token of the previous page, or {@code null} for the first page
 * @param includeExecutionData whether events carry their inputs and outputs
 */
public record HistoryQuery(int maxResults, boolean reverseOrder, String nextToken, boolean includeExecutionData) {

    public static final int MAX_PAGE_SIZE = 1000;
    public static final int DEFAULT_PAGE_SIZE = 100;

    public HistoryQuery {
        if (maxResults < 0 || maxResults > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("maxResults must be between 1 and " + MAX_PAGE_SIZE + ", was "
                    + maxResults);
        }
    }

    /** The first page with AWS's defaults: 100 events, oldest first, with execution data. */
    public static HistoryQuery firstPage() {
        return new HistoryQuery(0, false, null, true);
    }

    public HistoryQuery maxResults(int max) {
        return new HistoryQuery(max, reverseOrder, nextToken, includeExecutionData);
    }

    public HistoryQuery reverseOrder(boolean reverse) {
        return new HistoryQuery(maxResults, reverse, nextToken, includeExecutionData);
    }

    public HistoryQuery nextToken(String token) {
        return new HistoryQuery(maxResults, reverseOrder, token, includeExecutionData);
    }

    public HistoryQuery includeExecutionData(boolean include) {
        return new HistoryQuery(maxResults, reverseOrder, nextToken, include);
    }

    int pageSize() {
        return maxResults == 0 ? DEFAULT_PAGE_SIZE : maxResults;
    }
}
