package dev.stepwise.runtime.versions;

import dev.stepwise.asl.AliasRouting;
import java.util.Objects;

/** One entry of an alias's RoutingConfiguration: a version and the percentage of executions it gets. */
public record Route(StateMachineVersion version, int weight) {

    public Route {
        Objects.requireNonNull(version, "version");
        if (!AliasRouting.isValidWeight(weight)) {
            throw new IllegalArgumentException("a route's weight must be between 0 and " + AliasRouting.TOTAL_WEIGHT
                    + ", was " + weight);
        }
    }

    public static Route to(StateMachineVersion version, int weight) {
        return new Route(version, weight);
    }
}
