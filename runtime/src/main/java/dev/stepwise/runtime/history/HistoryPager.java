package dev.stepwise.runtime.history;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Cuts an execution's events into GetExecutionHistory pages. A token names the execution, the direction and the id
 * of the next event, so a token is only good for the execution and order that produced it, and a running
 * execution's new events do not move the next page of a newest-first listing (an offset from the newest would).
 */
public final class HistoryPager {

    private final String executionArn;

    public HistoryPager(String executionArn) {
        this.executionArn = executionArn;
    }

    /** The page {@code query} asks for out of {@code events} (all of them, oldest first). */
    public HistoryPage page(List<HistoryEvent> events, HistoryQuery query) {
        int size = events.size();
        boolean reverse = query.reverseOrder();
        int start = query.nextToken() == null ? 0 : position(events, decode(query.nextToken(), reverse), reverse);
        int end = Math.min(size, start + query.pageSize());
        List<HistoryEvent> page = new ArrayList<>(Math.max(0, end - start));
        for (int i = start; i < end; i++) {
            HistoryEvent event = events.get(reverse ? size - 1 - i : i);
            page.add(query.includeExecutionData() ? event : event.withoutExecutionData());
        }
        return new HistoryPage(page, end < size ? encode(events.get(reverse ? size - 1 - end : end).id(), reverse)
                : null);
    }

    /** Where the event {@code id} stands in the listing's order (ids grow with the events' order). */
    private static int position(List<HistoryEvent> events, long id, boolean reverse) {
        int low = 0;
        int high = events.size();
        while (low < high) { // the first index whose event's id is id or more
            int middle = (low + high) >>> 1;
            if (events.get(middle).id() < id) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return reverse ? Math.max(0, events.size() - 1 - low) : low;
    }

    private String encode(long nextId, boolean reverse) {
        String plain = executionArn + "|" + (reverse ? "reverse" : "forward") + "|" + nextId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private long decode(String token, boolean reverse) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("Invalid Token: '" + token + "'");
        }
        String prefix = executionArn + "|" + (reverse ? "reverse" : "forward") + "|";
        if (!plain.startsWith(prefix)) {
            throw new InvalidTokenException("Invalid Token: the token belongs to another execution or order");
        }
        try {
            return Long.parseLong(plain.substring(prefix.length()));
        } catch (NumberFormatException e) {
            throw new InvalidTokenException("Invalid Token: '" + token + "'");
        }
    }
}
