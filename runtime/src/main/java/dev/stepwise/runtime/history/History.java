package dev.stepwise.runtime.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.clock.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An execution's event log. Ids are always assigned (error causes quote them: "entered at the event id #2"), but
 * events are kept only when retention is on, so long runs without history keep memory flat.
 *
 * <p>Thread-safe: Parallel branches and Map iterations may record at once.
 */
public final class History {

    private final Clock clock;
    private final boolean retain;
    private final AtomicLong lastId = new AtomicLong();
    private final List<HistoryEvent> events;

    public History(Clock clock, boolean retain) {
        this.clock = clock;
        this.retain = retain;
        this.events = retain ? new ArrayList<>() : List.of();
    }

    /** Whether events are kept; when not, callers skip building details at all. */
    public boolean retains() {
        return retain;
    }

    /** Records an event and returns its id. {@code details} may be {@code null}, and is ignored without retention. */
    public long record(String type, long previousEventId, ObjectNode details) {
        if (!retain) {
            return lastId.incrementAndGet();
        }
        synchronized (events) {
            long id = lastId.incrementAndGet();
            events.add(new HistoryEvent(id, previousEventId, clock.now(), type, details));
            return id;
        }
    }

    /** The id of the most recent event (0 before the first). */
    public long lastId() {
        return lastId.get();
    }

    /** A snapshot of the events so far, in id order. */
    public List<HistoryEvent> events() {
        if (!retain) {
            return List.of();
        }
        synchronized (events) {
            return List.copyOf(events);
        }
    }
}
