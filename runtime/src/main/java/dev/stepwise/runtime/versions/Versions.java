package dev.stepwise.runtime.versions;

import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.workflow.WorkflowMetadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The versions and aliases of one runtime's state machines, numbered per state machine ARN. Thread-safe. */
public final class Versions {

    /**
     * AWS's alias names: 1 to 80 letters, digits, '_', '-' or '.', not all digits (those name versions). Compiled
     * when an alias is first named, not with every runtime: a fresh JVM's first regex costs milliseconds.
     */
    private static final class AliasName {
        static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_.-]{1,80}");
    }

    private final Map<String, List<StateMachineVersion>> versions = new HashMap<>();
    /** In creation order, the order AWS lists them in. */
    private final Map<String, StateMachineAlias> aliases = new LinkedHashMap<>();
    /** The last number given out per state machine ARN: deleted versions leave gaps, as on AWS. */
    private final Map<String, Integer> lastNumbers = new HashMap<>();

    /**
     * Publishes the state machine's current definition as the next version (PublishStateMachineVersion). As on AWS,
     * publishing an unchanged definition again returns the latest version instead of a new one.
     */
    public synchronized StateMachineVersion publish(StateMachine machine, String description, Instant now) {
        List<StateMachineVersion> published = versions.getOrDefault(machine.arn(), List.of());
        if (!published.isEmpty()) {
            StateMachineVersion latest = published.get(published.size() - 1);
            if (sameRevision(latest.machine(), machine)) {
                return latest;
            }
        }
        return publishNew(machine, description, now);
    }

    /**
     * Publishes the machine as the next version even when the latest one has the same definition: for a caller
     * that tells revisions apart itself, as the endpoint does (see {@code LocalRuntime#publishRevision}).
     */
    public synchronized StateMachineVersion publishNew(StateMachine machine, String description, Instant now) {
        List<StateMachineVersion> published = versions.computeIfAbsent(machine.arn(), arn -> new ArrayList<>());
        int number = lastNumbers.merge(machine.arn(), 1, Integer::sum);
        StateMachineVersion version = new StateMachineVersion(machine, number, description, now);
        published.add(version);
        return version;
    }

    private static boolean sameRevision(StateMachine a, StateMachine b) {
        return a == b || (a.definition() != null && a.definition().equals(b.definition())
                && a.settings().equals(b.settings()));
    }

    /** The versions published for a state machine, oldest first. */
    public synchronized List<StateMachineVersion> versions(StateMachine machine) {
        return List.copyOf(versions.getOrDefault(machine.arn(), List.of()));
    }

    /**
     * Creates an alias of the state machine the routes' versions belong to (CreateStateMachineAlias).
     *
     * @throws IllegalArgumentException for a bad name, bad routes, or a name already taken
     */
    public synchronized StateMachineAlias createAlias(String name, String description, List<Route> routes) {
        if (name == null || !AliasName.PATTERN.matcher(name).matches() || name.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("invalid alias name '" + name
                    + "': use 1 to 80 letters, digits, '_', '-' or '.', not only digits");
        }
        if (routes == null || routes.isEmpty()) {
            throw new IllegalArgumentException("an alias needs at least one route");
        }
        String machineArn = routes.get(0).version().machine().arn();
        String arn = machineArn + ":" + name;
        if (aliases.containsKey(arn)) {
            throw new IllegalArgumentException("the alias " + arn + " already exists");
        }
        StateMachineAlias alias = new StateMachineAlias(name, arn, description,
                StateMachineAlias.Routing.checked(machineArn, routes));
        aliases.put(arn, alias);
        return alias;
    }

    /**
     * Deletes a published version; its number is not given out again.
     *
     * @throws ApiRefusedException {@code ConflictException} while an alias routes to it
     */
    public synchronized void deleteVersion(StateMachineVersion version) {
        // AWS's words name every alias that routes to the version, by name (test_sfn_api_aliasing's
        // test_delete_version_with_alias, recorded on AWS)
        List<String> referencing = aliases.values().stream()
                .filter(alias -> alias.routes().stream().anyMatch(route -> route.version().arn().equals(version.arn())))
                .map(StateMachineAlias::name).toList();
        if (!referencing.isEmpty()) {
            throw new ApiRefusedException(ApiRefusedException.CONFLICT, "Version to be deleted must not be referenced "
                    + "by an alias. Current list of aliases referencing this version: " + referencing);
        }
        List<StateMachineVersion> published = versions.get(version.machine().arn());
        if (published != null) {
            published.removeIf(v -> v.arn().equals(version.arn()));
        }
    }

    /** Deletes an alias; its name may be used again. */
    public synchronized void deleteAlias(StateMachineAlias alias) {
        aliases.remove(alias.arn(), alias);
    }

    /**
     * Points a workflow's {@code @Publish} alias at a version it just published, creating the alias if needed, with
     * the routes its deployment begins with (see {@code DeploymentRouting}).
     */
    public synchronized StateMachineAlias deploy(WorkflowMetadata.Publication publication,
            StateMachineVersion published) {
        StateMachineAlias current = aliases.get(published.machine().arn() + ":" + publication.alias());
        List<Route> routes = DeploymentRouting.atStart(publication, current, published, this::version);
        if (current == null) {
            return createAlias(publication.alias(), publication.description(), routes);
        }
        current.update(routes);
        return current;
    }

    /** A published version by ARN, or {@code null}. */
    private StateMachineVersion version(String versionArn) {
        int colon = versionArn.lastIndexOf(':');
        List<StateMachineVersion> published = colon < 0 ? null : versions.get(versionArn.substring(0, colon));
        if (published == null) {
            return null;
        }
        return published.stream().filter(v -> v.arn().equals(versionArn)).findFirst().orElse(null);
    }
}
