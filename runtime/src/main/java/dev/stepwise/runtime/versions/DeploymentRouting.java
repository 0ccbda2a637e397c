package dev.stepwise.runtime.versions;

import dev.stepwise.workflow.WorkflowMetadata;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The routes an alias gets when a workflow's {@code @Publish} deployment begins, as CloudFormation's
 * DeploymentPreference and RoutingConfiguration set them: traffic shifts from the version the alias points to now
 * towards the version just published.
 */
final class DeploymentRouting {

    private DeploymentRouting() {
    }

    /**
     * @param current   the alias as it is, or {@code null} when this deployment creates it
     * @param published the version this deployment published
     * @param byArn     the runtime's published versions by ARN, {@code null} for an unknown ARN
     */
    static List<Route> atStart(WorkflowMetadata.Publication publication, StateMachineAlias current,
            StateMachineVersion published, Function<String, StateMachineVersion> byArn) {
        if (!publication.routing().isEmpty()) {
            return publication.routing().stream().map(route -> fixed(route, published, byArn)).toList();
        }
        String deployment = publication.deployment() == null ? "ALL_AT_ONCE"
                : publication.deployment().toUpperCase(Locale.ROOT);
        if (current == null || deployment.equals("ALL_AT_ONCE")) {
            return List.of(Route.to(published, 100));
        }
        if (!deployment.equals("CANARY") && !deployment.equals("LINEAR")) {
            throw new IllegalArgumentException("unknown deployment type '" + publication.deployment()
                    + "': use ALL_AT_ONCE, CANARY or LINEAR");
        }
        StateMachineVersion previous = primary(current);
        if (previous.arn().equals(published.arn())) {
            return List.of(Route.to(published, 100)); // nothing changed: nothing to shift
        }
        int first = publication.percentage();
        return List.of(Route.to(published, first), Route.to(previous, 100 - first));
    }

    /** The version most executions go to: what a deployment shifts traffic away from. */
    private static StateMachineVersion primary(StateMachineAlias alias) {
        return alias.routes().stream().max(Comparator.comparingInt(Route::weight)).orElseThrow().version();
    }

    private static Route fixed(WorkflowMetadata.Route route, StateMachineVersion published,
            Function<String, StateMachineVersion> byArn) {
        if (route.versionArn() == null || route.versionArn().isEmpty()) {
            return Route.to(published, route.weight());
        }
        StateMachineVersion version = byArn.apply(route.versionArn());
        if (version == null) {
            throw new IllegalArgumentException("the routing names version " + route.versionArn()
                    + ", which this runtime has not published");
        }
        return Route.to(version, route.weight());
    }
}
