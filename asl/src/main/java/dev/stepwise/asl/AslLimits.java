package dev.stepwise.asl;

/** Limits ASL puts on every field of its kind, in one place for the validator, the compiler and the engine. */
public final class AslLimits {

    /** The largest number of seconds AWS accepts in timeouts, intervals and waits; also a Task's default timeout. */
    public static final long MAX_SECONDS = 99_999_999L;

    /** AWS's largest state or execution input or output, in UTF-8 bytes of its JSON text. */
    public static final int MAX_PAYLOAD_BYTES = 262_144;

    /** AWS's largest state machine definition, in UTF-8 bytes of its JSON text. */
    public static final int MAX_DEFINITION_BYTES = 1_048_576;

    private AslLimits() {
    }
}
