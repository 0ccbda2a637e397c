package dev.stepwise.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares our event types with a recording whose Parallel events were sorted ({@code history_order_normalized}).
 *
 * <p>Branches of a Parallel state run concurrently on AWS, so the order of their events differs from run to run.
 * The tool that recorded the corpus (LocalStack's snapshot transformer for Parallel states) therefore blanked the
 * ids of the events after each {@code ParallelStateStarted} and, at the next Parallel end event, sorted them by their
 * JSON text. It did so while editing the list it walked: an end event that directly follows another one
 * ({@code ParallelStateExited} after {@code ParallelStateSucceeded} or {@code ParallelStateFailed}) replaces the
 * window again, one event longer, which drops the first end event, and the walk then skips the event after the drop;
 * a nested {@code ParallelStateStarted} restarts the window. The recorded histories bear this out: their ids skip
 * exactly where an event was dropped.
 *
 * <p>So our history goes through the same steps, and then: events the tool left alone must match in order, and each
 * run of events it blanked must hold the same event types in any order (the order it sorted them in depends on
 * details that a comparison of types does not see).
 */
final class ParallelEventSorting {

    private static final Set<String> WINDOW_ENDS = Set.of("ParallelStateSucceeded", "ParallelStateAborted",
            "ParallelStateExited", "ParallelStateFailed");

    private ParallelEventSorting() {
    }

    /**
     * An event type, whether the recording tool blanked its id (it then sorted it with its window), and its index in
     * our history.
     */
    record Event(String type, boolean blanked, int index) {
    }

    static boolean matches(List<String> recorded, List<String> ours) {
        List<Event> normalized = apply(ours);
        if (normalized.size() != recorded.size()) {
            return false;
        }
        int i = 0;
        while (i < normalized.size()) {
            if (!normalized.get(i).blanked()) {
                if (!normalized.get(i).type().equals(recorded.get(i))) {
                    return false;
                }
                i++;
                continue;
            }
            int end = i;
            while (end < normalized.size() && normalized.get(end).blanked()) {
                end++;
            }
            if (!counts(normalized.subList(i, end).stream().map(Event::type).toList())
                    .equals(counts(recorded.subList(i, end)))) {
                return false;
            }
            i = end;
        }
        return true;
    }

    /** Our events as the recording tool would have left them (windows are kept in our order, not re-sorted). */
    static List<Event> apply(List<String> types) {
        List<Event> events = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            events.add(new Event(types.get(i), false, i));
        }
        List<Event> window = new ArrayList<>();
        int windowStart = 0; // the tool's slice starts at 0 before any ParallelStateStarted
        boolean inWindow = false;
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (WINDOW_ENDS.contains(event.type())) {
                // Replaces [windowStart, i) by the window, which is shorter when an end event lies in that range;
                // like the tool's loop, this one then goes on at index i + 1 of the edited list.
                List<Event> range = events.subList(windowStart, i);
                range.clear();
                range.addAll(window);
                inWindow = false;
            } else if (event.type().equals("ParallelStateStarted")) {
                inWindow = true;
                window = new ArrayList<>();
                windowStart = i + 1;
            } else if (inWindow) {
                Event blanked = new Event(event.type(), true, event.index());
                events.set(i, blanked);
                window.add(blanked);
            }
        }
        return events;
    }

    private static Map<String, Integer> counts(List<String> types) {
        Map<String, Integer> counts = new HashMap<>();
        types.forEach(type -> counts.merge(type, 1, Integer::sum));
        return counts;
    }
}
