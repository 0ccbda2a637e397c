package dev.stepwise.runtime.clock;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Time that moves only when someone sleeps: a one-year Wait costs nothing and lands on an exact instant.
 *
 * <p>One clock may serve many executions at once; each sleep moves the shared time forward, which keeps every
 * execution's timestamps monotonic (a sleeping execution never sees time run backwards).
 */
public final class VirtualClock implements Clock {

    /** An instant rather than epoch nanoseconds, which end in 2262: a Wait may target any year up to 9999. */
    private final AtomicReference<Instant> time;

    VirtualClock(Instant start) {
        this.time = new AtomicReference<>(start);
    }

    @Override
    public Instant now() {
        return time.get();
    }

    @Override
    public void sleep(Duration duration) {
        advance(duration);
    }

    /** Moves time forward by {@code duration} (negative durations are ignored). */
    public void advance(Duration duration) {
        if (!duration.isNegative()) {
            time.updateAndGet(now -> plusSaturated(now, duration));
        }
    }

    private static Instant plusSaturated(Instant now, Duration duration) {
        try {
            return now.plus(duration);
        } catch (DateTimeException | ArithmeticException e) {
            return Instant.MAX;
        }
    }

    @Override
    public boolean isVirtual() {
        return true;
    }

    @Override
    public String toString() {
        return "virtual clock at " + now();
    }
}
