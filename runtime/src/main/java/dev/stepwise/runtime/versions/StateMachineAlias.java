package dev.stepwise.runtime.versions;

import dev.stepwise.asl.AliasRouting;
import java.util.List;
import java.util.Objects;

/**
 * A named pointer to one or two versions of a state machine. With two routes, each execution started through the
 * alias goes to a version picked by weight (a canary); {@link #update} shifts the weights.
 */
public final class StateMachineAlias {

    private final String name;
    private final String arn;
    private final String description;
    private volatile List<Route> routes;

    StateMachineAlias(String name, String arn, String description, List<Route> routes) {
        this.name = name;
        this.arn = arn;
        this.description = description;
        this.routes = routes;
    }

    public String name() {
        return name;
    }

    /** {@code <state machine ARN>:<alias name>}. */
    public String arn() {
        return arn;
    }

    public String description() {
        return description;
    }

    public List<Route> routes() {
        return routes;
    }

    /** Routes executions anew (UpdateStateMachineAlias); executions already started keep their version. */
    public void update(List<Route> newRoutes) {
        this.routes = Routing.checked(arn.substring(0, arn.lastIndexOf(':')), newRoutes);
    }

    /**
     * The version for one execution, given a uniform random number in [0, 1).
     */
    public StateMachineVersion pick(double random) {
        List<Route> current = routes;
        double point = random * 100;
        double cumulative = 0;
        for (Route route : current) {
            cumulative += route.weight();
            if (point < cumulative) {
                return route.version();
            }
        }
        return current.get(current.size() - 1).version();
    }

    @Override
    public String toString() {
        return "StateMachineAlias " + arn + " " + routes;
    }

    /** The rules of a RoutingConfiguration. */
    static final class Routing {

        private Routing() {
        }

        static List<Route> checked(String machineArn, List<Route> routes) {
            Objects.requireNonNull(routes, "routes");
            if (routes.isEmpty() || routes.size() > AliasRouting.MAX_ROUTES) {
                throw new IllegalArgumentException("an alias routes to one or two versions, not " + routes.size());
            }
            int total = 0;
            for (Route route : routes) {
                if (!route.version().machine().arn().equals(machineArn)) {
                    throw new IllegalArgumentException("version " + route.version().arn()
                            + " belongs to another state machine than " + machineArn);
                }
                total += route.weight();
            }
            if (routes.size() == 2 && routes.get(0).version().arn().equals(routes.get(1).version().arn())) {
                throw new IllegalArgumentException("an alias cannot route twice to " + routes.get(0).version().arn());
            }
            if (total != AliasRouting.TOTAL_WEIGHT) {
                throw new IllegalArgumentException("the weights of an alias's routes must add up to "
                        + AliasRouting.TOTAL_WEIGHT + ", not " + total);
            }
            return List.copyOf(routes);
        }
    }
}
