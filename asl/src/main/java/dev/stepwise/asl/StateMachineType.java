package dev.stepwise.asl;

import java.util.Locale;

/** STANDARD (durable, up to a year, redrivable) or EXPRESS (up to 5 minutes, no history limit, no redrive). */
public enum StateMachineType {
    STANDARD, EXPRESS;

    /** The longest an Express execution may run, whatever its TimeoutSeconds says. */
    public static final long EXPRESS_MAX_SECONDS = 300;
    /**
     * The longest a Standard execution may run: AWS's quotas give one year, past which it fails with States.Timeout
     * whatever its TimeoutSeconds says (a year counted here as 365 days).
     */
    public static final long STANDARD_MAX_SECONDS = 365L * 24 * 60 * 60;

    /** The longest an execution of this type may run, whatever its TimeoutSeconds says. */
    public long maxSeconds() {
        return this == EXPRESS ? EXPRESS_MAX_SECONDS : STANDARD_MAX_SECONDS;
    }

    /** @throws IllegalArgumentException naming the valid types */
    public static StateMachineType parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown state machine type '" + name + "': use STANDARD or EXPRESS");
        }
    }
}
