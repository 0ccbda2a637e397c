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
            for (Route route : routes) {
                if (!route.version().machine().arn().equals(machineArn)) {
                    throw new IllegalArgumentException("version " + route.version().arn()
                            + " belongs to another state machine than " + machineArn);
                }
            }
            // AWS's words for the two rules below (LocalStack's AWS-validated test_sfn_api_aliasing snapshot)
            List<String> versionArns = routes.stream().map(route -> route.version().arn()).toList();
            if (versionArns.stream().distinct().count() < versionArns.size()) {
                throw new IllegalArgumentException("Routing configuration must contain distinct state machine "
                        + "version ARNs. Received: " + versionArns);
            }
            List<Integer> weights = routes.stream().map(Route::weight).toList();
            if (weights.stream().mapToInt(Integer::intValue).sum() != AliasRouting.TOTAL_WEIGHT) {
                throw new IllegalArgumentException("Sum of routing configuration weights must equal "
                        + AliasRouting.TOTAL_WEIGHT + ". Received: " + weights);
            }
            return List.copyOf(routes);
        }
    }
}
