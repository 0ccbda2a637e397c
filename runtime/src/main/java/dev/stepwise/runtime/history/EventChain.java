package dev.stepwise.runtime.history;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code previousEventId} thread of one flow (the machine, a Parallel branch, a Map's iterations): each event
 * points at the last one recorded on its chain.
 *
 * <p>AWS does not move the chain forward on every event: a state's first event points at 0 when nothing ran before
 * it, and the success events of iterations, maps and branches ({@code MapIterationSucceeded},
 * {@code MapStateSucceeded}, ...) are recorded without becoming the predecessor of what follows; see
 * {@link #recordAside}.
 */
public final class EventChain {

    private final History history;
    private long last;

    public EventChain(History history, long last) {
        this.history = history;
        this.last = last;
    }

    /** Records an event after the last one and makes it the new last. */
    public long record(String type, ObjectNode details) {
        last = history.record(type, last, details);
        return last;
    }

    /** Records an event after the last one without making it the predecessor of the next event. */
    public long recordAside(String type, ObjectNode details) {
        return history.record(type, last, details);
    }

    public long last() {
        return last;
    }

    /** Continues from another chain's position, e.g. after a branch finished. */
    public void moveTo(long eventId) {
        last = eventId;
    }

    /** A new chain starting after this chain's last event (for a branch or iteration). */
    public EventChain fork() {
        return new EventChain(history, last);
    }

    public History history() {
        return history;
    }
}
