package dev.stepwise.runtime.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time that moves only when someone sleeps: a one-year Wait costs nothing and lands on an exact instant.
 *
 * <p>One clock may serve many executions at once; each sleep moves the shared time forward, which keeps every
 * execution's timestamps monotonic (a sleeping execution never sees time run backwards).
 */
public final class VirtualClock implements Clock {

    private final AtomicLong epochNanos;

    VirtualClock(Instant start) {
        this.epochNanos = new AtomicLong(toNanos(start));
    }

    @Override
    public Instant now() {
        long nanos = epochNanos.get();
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    @Override
    public void sleep(Duration duration) {
        advance(duration);
    }

    /** Moves time forward by {@code duration} (negative durations are ignored). */
    public void advance(Duration duration) {
        if (!duration.isNegative()) {
            epochNanos.addAndGet(duration.toNanos());
        }
    }

    @Override
    public boolean isVirtual() {
        return true;
    }

    private static long toNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    @Override
    public String toString() {
        return "virtual clock at " + now();
    }
}
