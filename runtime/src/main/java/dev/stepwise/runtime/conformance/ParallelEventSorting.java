package dev.stepwise.runtime.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the recording tool did to the histories of cases marked {@code history_order_normalized}, so that ours can
 * be put through the same before comparing.
 *
 * <p>Branches of a Parallel state run concurrently on AWS, so the order of their events differs between runs. The
 * tool that recorded the corpus (LocalStack's snapshot transformer for Parallel states) therefore sorted the events
 * after each {@code ParallelStateStarted}, up to the next Parallel end event, by their text, which starts with the
 * event type. It does so while editing the list it walks: an end event that directly follows another one
 * ({@code ParallelStateExited} after {@code ParallelStateSucceeded}) replaces the window again, one event longer,
 * which drops that {@code ParallelStateSucceeded}; and the walk then skips the event after a drop. Nested Parallel
 * states are not handled either (a new {@code ParallelStateStarted} restarts the window). The recorded histories
 * bear all of this out (ids skip where the event was dropped), and this class repeats it step by step.
 *
 * <p>Only event types are compared here, so a window is sorted by type; within one type the recorded order (by the
 * event details) is not reproduced, and does not need to be.
 */
final class ParallelEventSorting {

    private static final Set<String> WINDOW_ENDS = Set.of("ParallelStateSucceeded", "ParallelStateAborted",
            "ParallelStateExited", "ParallelStateFailed");

    private ParallelEventSorting() {
    }

    /**
     * The event types as the recording tool would have left them. Applying it to a list it already produced changes
     * nothing but the order inside each window, so both sides of a comparison may go through it.
     */
    static List<String> apply(List<String> types) {
        List<String> events = new ArrayList<>(types);
        List<String> window = new ArrayList<>();
        int windowStart = 0; // the tool's slice starts at 0 before any ParallelStateStarted
        boolean inWindow = false;
        for (int i = 0; i < events.size(); i++) {
            String type = events.get(i);
            if (WINDOW_ENDS.contains(type)) {
                // Replaces [windowStart, i) by the sorted window, which is shorter when an end event lies in that
                // range; like the tool's loop, this one then goes on at index i + 1 of the edited list.
                List<String> sorted = new ArrayList<>(window);
                sorted.sort(null);
                List<String> range = events.subList(windowStart, i);
                range.clear();
                range.addAll(sorted);
                inWindow = false;
            } else if (type.equals("ParallelStateStarted")) {
                inWindow = true;
                window.clear();
                windowStart = i + 1;
            } else if (inWindow) {
                window.add(type);
            }
        }
        return events;
    }
}
