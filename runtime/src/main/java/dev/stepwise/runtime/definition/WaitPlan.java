package dev.stepwise.runtime.definition;

import dev.stepwise.runtime.data.path.Path;
import java.time.Instant;

/** A Wait state; exactly one of its four ways to say how long is set. */
public record WaitPlan(
        String name,
        DataFlow dataFlow,
        Long seconds,
        Instant timestamp,
        Path secondsPath,
        Path timestampPath,
        Transition transition) implements StatePlan {

    @Override
    public String type() {
        return "Wait";
    }
}
