package dev.stepwise.runtime.task;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clock;

/** What a running task can see and do besides its input. */
public interface TaskContext {

    /** The state's name. */
    String stateName();

    /** The resource ARN as written in the definition. */
    String resource();

    /** The task token ({@code $$.Task.Token}). */
    String taskToken();

    /** The context object ({@code $$}) as the state sees it. */
    JsonNode contextObject();

    /**
     * The runtime's clock: sleeping on it lets virtual time pass inside a task (to exercise timeouts). On a virtual
     * clock a sleep that would pass the Task's timeout, its heartbeat deadline or the execution's deadline ends at
     * exactly that instant with an {@link InterruptedException}, as does one whose execution is stopped.
     */
    Clock clock();

    /** Reports that the task is alive, resetting its {@code HeartbeatSeconds} timer. */
    void heartbeat();
}
