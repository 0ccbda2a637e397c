package dev.stepwise.runtime.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.clock.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An execution's event log. Ids are always assigned (error causes quote them: "entered at the event id #2"), but
 * events are kept only when retention is on, so long runs without history keep memory flat.
 *
 * <p>A history may have a limit on its length (AWS stops a Standard execution at 25,000 events) and a listener that
 * sees every event, kept or not (logs, progress).
 *
 * <p>Thread-safe: Parallel branches and Map iterations may record at once.
 */
public final class History {

    /** AWS's hard limit on the events of one Standard execution. */
    public static final int STANDARD_LIMIT = 25_000;

    /** The events that may take the last id the limit allows. */
    private static final Set<String> FINAL_EVENTS = Set.of("ExecutionSucceeded", "ExecutionFailed",
            "ExecutionAborted", "ExecutionTimedOut");

    private final Clock clock;
    private final boolean retain;
    private final int limit;
    private final HistoryListener listener;
    private final AtomicLong lastId = new AtomicLong();
    /**
     * Whether threads may record at once: set before a Parallel or Map hands its children to threads of their own
     * ({@code Workers}).
     * Until then an unkept event's id is counted with plain reads and writes: the atomic increment was 16% of a long
     * Choice loop without history (async-profiler), and every event of a flow on one thread is recorded by it.
     */
    private volatile boolean shared;
    private final List<HistoryEvent> events;

    public History(Clock clock, boolean retain) {
        this(clock, retain, 0, null);
    }

    /**
     * @param limit the most events this history takes, or {@code 0} for no limit
     * @param listener sees every event as it is recorded, or {@code null}
     */
    public History(Clock clock, boolean retain, int limit, HistoryListener listener) {
        this.clock = clock;
        this.retain = retain;
        this.limit = limit;
        this.listener = listener;
        this.events = retain ? new ArrayList<>() : List.of();
    }

    /**
     * Whether anyone reads event details (the history keeps them, or a listener sees them); when not, callers skip
     * building details at all.
     */
    public boolean retains() {
        return retain || listener != null;
    }

    /** Whether it keeps its events for {@link #events()} (else they are only counted, or seen by a listener). */
    public boolean keepsEvents() {
        return retain;
    }

    /**
     * Records an event and returns its id. {@code details} may be {@code null}, and is dropped when nobody reads it.
     *
     * @throws HistoryLimitExceededException when the limit leaves room only for the execution's final event
     */
    public long record(String type, long previousEventId, ObjectNode details) {
        if (!retain && listener == null) {
            return checked(shared ? lastId.incrementAndGet() : nextIdAlone(), type);
        }
        synchronized (lastId) {
            long id = checked(lastId.get() + 1, type);
            lastId.set(id);
            HistoryEvent event = new HistoryEvent(id, previousEventId, clock.now(), type, details);
            if (retain) {
                events.add(event);
            }
            if (listener != null) {
                listener.recorded(event);
            }
            return id;
        }
    }

    private long nextIdAlone() {
        long id = lastId.getPlain() + 1;
        lastId.setPlain(id);
        return id;
    }

    /**
     * From now on events may be recorded by several threads at once (the children of a Parallel or Map about to run
     * on threads of their own). Call before those threads start, from the flow that records until then.
     */
    public void shareAmongThreads() {
        shared = true;
    }

    private long checked(long id, String type) {
        if (limit > 0 && id >= limit && !(id == limit && FINAL_EVENTS.contains(type))) {
            if (!retain && listener == null) {
                lastId.decrementAndGet();
            }
            throw new HistoryLimitExceededException(limit);
        }
        return id;
    }

    /** The most events this history takes, or {@code 0} for no limit. */
    public int limit() {
        return limit;
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
        synchronized (lastId) {
            return List.copyOf(events);
        }
    }
}
