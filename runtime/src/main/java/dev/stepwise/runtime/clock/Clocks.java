package dev.stepwise.runtime.clock;

import java.time.Instant;

/** Factories for the two clocks. */
public final class Clocks {

    /** The instant a virtual clock starts at unless told otherwise: fixed, so histories are reproducible. */
    public static final Instant DEFAULT_VIRTUAL_START = Instant.parse("2024-01-01T00:00:00Z");

    private Clocks() {
    }

    /** Wall-clock time; waits really wait. */
    public static Clock system() {
        return SystemClock.INSTANCE;
    }

    /** A virtual clock starting at {@link #DEFAULT_VIRTUAL_START}. */
    public static VirtualClock virtual() {
        return new VirtualClock(DEFAULT_VIRTUAL_START);
    }

    /** A virtual clock starting at {@code start}. */
    public static VirtualClock virtual(Instant start) {
        return new VirtualClock(start);
    }
}
