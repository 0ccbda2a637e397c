package dev.stepwise.processor.model;

/** A Task's timeout and heartbeat; null fields are absent. */
public record TaskTimeouts(Integer timeoutSeconds, String timeoutSecondsPath, Integer heartbeatSeconds,
                           String heartbeatSecondsPath) {

    public static final TaskTimeouts NONE = new TaskTimeouts(null, null, null, null);
}
