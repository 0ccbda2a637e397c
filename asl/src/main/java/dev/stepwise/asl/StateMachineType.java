package dev.stepwise.asl;

import java.util.Locale;

/** STANDARD (durable, up to a year, redrivable) or EXPRESS (up to 5 minutes, no history limit, no redrive). */
public enum StateMachineType {
    STANDARD, EXPRESS;

    /** The longest an Express execution may run, whatever its TimeoutSeconds says. */
    public static final long EXPRESS_MAX_SECONDS = 300;

    /** @throws IllegalArgumentException naming the valid types */
    public static StateMachineType parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown state machine type '" + name + "': use STANDARD or EXPRESS");
        }
    }
}
