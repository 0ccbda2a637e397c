package dev.stepwise.runtime.engine;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes that all variables of one execution hold together, kept against AWS's 10 MiB limit as a running total:
 * an assignment adds what it sets less what it replaces, and a finished branch or iteration gives its variables'
 * bytes back, so no check ever walks the variables again.
 *
 * <p>The machine's scope and every branch and iteration scope inside it share one budget, and concurrent branches
 * and iterations may assign at the same time: the total moves by compare-and-set, so an assignment is refused only
 * when the variables actually held would pass the limit.
 */
final class VariableBudget {

    static final long LIMIT_BYTES = 10L * 1024 * 1024;

    private final AtomicLong used = new AtomicLong();

    /**
     * Moves the total by {@code delta} bytes, unless a growth would take it past the limit.
     *
     * @return whether the total moved; when not, nothing changed
     */
    boolean tryAdd(long delta) {
        while (true) {
            long current = used.get();
            long next = current + delta;
            if (delta > 0 && next > LIMIT_BYTES) {
                return false;
            }
            if (used.compareAndSet(current, next)) {
                return true;
            }
        }
    }

    /** Moves the total without a check: giving bytes back, or taking back what a redriven scope already held. */
    void add(long delta) {
        used.addAndGet(delta);
    }

    /** The bytes the execution's variables hold now. */
    long used() {
        return used.get();
    }
}
