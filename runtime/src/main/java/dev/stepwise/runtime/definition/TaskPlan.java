package dev.stepwise.runtime.definition;

/**
 * A Task state.
 *
 * @param timeout   {@code TimeoutSeconds}/{@code TimeoutSecondsPath}
 * @param heartbeat {@code HeartbeatSeconds}/{@code HeartbeatSecondsPath}
 */
public record TaskPlan(
        String name,
        TaskResource resource,
        DataFlow dataFlow,
        NumberSetting timeout,
        NumberSetting heartbeat,
        ErrorHandling errorHandling,
        Transition transition) implements StatePlan {

    @Override
    public String type() {
        return "Task";
    }
}
