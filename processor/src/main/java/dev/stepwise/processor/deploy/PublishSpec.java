package dev.stepwise.processor.deploy;

import java.util.List;
import java.util.Objects;

/**
 * Publish a version of the state machine on every deployment and point an alias at it.
 *
 * <p>Traffic moves to the new version either gradually ({@link #preference()}, CloudFormation's
 * {@code DeploymentPreference}) or by fixed weights ({@link #routing()}); a spec with neither routes everything to
 * the new version at once. The two are mutually exclusive, as they are in CloudFormation: a spec with both is
 * {@link DeploymentChecks}' to reject (it is how the user wrote it), and no writer is given one.
 *
 * @param alias       the alias name
 * @param description the version and alias description, or {@code null}
 * @param preference  the gradual deployment, or {@code null}
 * @param routing     fixed routing weights (empty when not used)
 */
public record PublishSpec(String alias, String description, DeploymentPreference preference,
                          List<RoutingWeight> routing) {

    public PublishSpec {
        Objects.requireNonNull(alias, "alias");
        routing = List.copyOf(routing);
    }

    public static PublishSpec allAtOnce(String alias, String description) {
        return new PublishSpec(alias, description, null, List.of());
    }

    public static PublishSpec gradual(String alias, String description, DeploymentPreference preference) {
        return new PublishSpec(alias, description, Objects.requireNonNull(preference, "preference"), List.of());
    }

    public static PublishSpec routed(String alias, String description, List<RoutingWeight> routing) {
        return new PublishSpec(alias, description, null, routing);
    }

    /**
     * How CloudFormation shifts the alias from its current version to the new one.
     *
     * @param percentage      traffic shifted per increment ({@code CANARY}, {@code LINEAR}), else {@code null}
     * @param intervalMinutes minutes between increments ({@code CANARY}, {@code LINEAR}), else {@code null}
     */
    public record DeploymentPreference(Type type, Integer percentage, Integer intervalMinutes) {

        public enum Type { ALL_AT_ONCE, CANARY, LINEAR }

        public DeploymentPreference {
            Objects.requireNonNull(type, "type");
        }

        public static DeploymentPreference allAtOnce() {
            return new DeploymentPreference(Type.ALL_AT_ONCE, null, null);
        }

        public static DeploymentPreference canary(int percentage, int intervalMinutes) {
            return new DeploymentPreference(Type.CANARY, percentage, intervalMinutes);
        }

        public static DeploymentPreference linear(int percentage, int intervalMinutes) {
            return new DeploymentPreference(Type.LINEAR, percentage, intervalMinutes);
        }
    }

    /**
     * One entry of a fixed routing configuration.
     *
     * @param versionArn the ARN of an existing version, or {@code null} for the version this deployment publishes
     * @param weight     percentage of executions routed to it
     */
    public record RoutingWeight(String versionArn, int weight) {

        public static RoutingWeight newVersion(int weight) {
            return new RoutingWeight(null, weight);
        }

        public boolean isNewVersion() {
            return versionArn == null;
        }
    }
}
