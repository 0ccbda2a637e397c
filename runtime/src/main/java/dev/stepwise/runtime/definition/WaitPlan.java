package dev.stepwise.runtime.definition;

import dev.stepwise.asl.data.jsonata.JsonataTemplate;
import dev.stepwise.asl.data.path.Path;
import java.time.Instant;

/**
 * A Wait state; exactly one of its ways to say how long is set. In JSONata, {@code Seconds} and {@code Timestamp}
 * may be expressions ({@code secondsExpression}, {@code timestampExpression}).
 */
public record WaitPlan(
        String name,
        DataFlow dataFlow,
        Long seconds,
        Instant timestamp,
        Path secondsPath,
        Path timestampPath,
        JsonataTemplate secondsExpression,
        JsonataTemplate timestampExpression,
        Transition transition) implements StatePlan {

    @Override
    public String type() {
        return "Wait";
    }
}
