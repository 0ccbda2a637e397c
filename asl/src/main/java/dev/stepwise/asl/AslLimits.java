package dev.stepwise.asl;

/** Limits ASL puts on every field of its kind, in one place for the validator, the compiler and the engine. */
public final class AslLimits {

    /** The largest number of seconds AWS accepts in timeouts, intervals and waits; also a Task's default timeout. */
    public static final long MAX_SECONDS = 99_999_999L;

    private AslLimits() {
    }
}
