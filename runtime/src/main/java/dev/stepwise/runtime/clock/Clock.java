package dev.stepwise.runtime.clock;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the runtime reads the time and how it lets time pass: waits, retry delays and timeouts all go through a clock,
 * so a virtual clock makes them instant and deterministic.
 */
public interface Clock {

    Instant now();

    /** Lets {@code duration} pass; a virtual clock advances at once, the system clock blocks the calling thread. */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Whether time only moves when the runtime says so. The engine then runs Parallel branches and Map iterations
     * one after the other, so that histories and virtual timestamps are reproducible run to run.
     */
    boolean isVirtual();
}
