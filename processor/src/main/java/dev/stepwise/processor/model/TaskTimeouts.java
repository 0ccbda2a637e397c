package dev.stepwise.processor.model;

/**
 * A Task's timeout and heartbeat; null fields are absent. A {@code ...Path} field is the setting's dynamic form: a
 * path in a JSONPath state, a {@code {% expression %}} in a JSONata state.
 */
public record TaskTimeouts(Integer timeoutSeconds, String timeoutSecondsPath, Integer heartbeatSeconds,
                           String heartbeatSecondsPath) {

    public static final TaskTimeouts NONE = new TaskTimeouts(null, null, null, null);
}
