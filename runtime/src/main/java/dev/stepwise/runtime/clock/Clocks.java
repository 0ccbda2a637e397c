package dev.stepwise.runtime.clock;

import java.time.Instant;

/** Factories for the two clocks. */
public final class Clocks {

    /**
     * The instant a virtual clock starts at unless told otherwise, 2024-01-01T00:00:00Z: fixed, so histories are
     * reproducible. Given in epoch seconds: {@code Instant.parse} would set up {@code DateTimeFormatter}, a twentieth
     * of a fresh JVM's first run.
     */
    public static final Instant DEFAULT_VIRTUAL_START = Instant.ofEpochSecond(1_704_067_200L);

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
