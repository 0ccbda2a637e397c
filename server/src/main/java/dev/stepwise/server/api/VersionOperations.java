package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.runtime.versions.Route;
import dev.stepwise.runtime.versions.StateMachineAlias;
import dev.stepwise.runtime.versions.StateMachineVersion;
import dev.stepwise.server.protocol.ApiException;
import dev.stepwise.server.protocol.Request;
import dev.stepwise.server.protocol.WireJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * PublishStateMachineVersion, ListStateMachineVersions, DeleteStateMachineVersion and the alias operations
 * (Create/Describe/Update/Delete/ListStateMachineAliases), on the runtime's versions and aliases.
 */
final class VersionOperations {

    /** AWS's quotas per state machine (PublishStateMachineVersion and CreateStateMachineAlias references). */
    static final int MAX_VERSIONS = 1000;
    static final int MAX_ALIASES = 100;

    private final LocalRuntime runtime;
    private final Catalog catalog;

    VersionOperations(LocalRuntime runtime, Catalog catalog) {
        this.runtime = runtime;
        this.catalog = catalog;
    }

    /**
     * The version of the current revision, published now unless it was before: AWS's idempotency check is on the
     * revision (PublishStateMachineVersion reference), so a revision that differs from the latest version only in
     * what the runtime does not compare (tracing, log destinations), or one that sets a definition back, is a
     * version of its own.
     */
    StateMachineVersion publish(MachineEntry entry, String description) {
        synchronized (entry) {
            Revision revision = entry.current();
            for (MachineEntry.Version existing : entry.versions()) {
                if (existing.revision() == revision) {
                    return existing.version();
                }
            }
            if (entry.versions().size() >= MAX_VERSIONS) {
                throw quotaExceeded(MAX_VERSIONS + " versions", entry.arn, "DeleteStateMachineVersion");
            }
            StateMachineVersion version = runtime.publishRevision(revision.machine(), description);
            entry.addVersion(new MachineEntry.Version(version, revision));
            return version;
        }
    }

    ObjectNode publish(Request request) {
        StatesArn arn = StatesArn.parse(request.string("stateMachineArn"), "stateMachine");
        if (arn.qualifier() != null) {
            throw ApiException.invalidArn(arn.text());
        }
        MachineEntry entry = catalog.require(arn.text());
        String revisionId = request.optionalString("revisionId");
        String current = entry.current().publishedId();
        if (revisionId != null && !revisionId.equals(current)) {
            throw new ApiException("ConflictException", "Failed to publish the State Machine version for revision "
                    + revisionId + ". The current State Machine revision is " + current + ".");
        }
        StateMachineVersion version = publish(entry, request.optionalString("description"));
        ObjectNode response = WireJson.object();
        response.set("creationDate", WireJson.timestamp(version.creationDate()));
        response.put("stateMachineVersionArn", version.arn());
        return response;
    }

    ObjectNode list(Request request) {
        StatesArn arn = StatesArn.parse(request.string("stateMachineArn"), "stateMachine");
        MachineEntry entry = catalog.require(arn.unqualified());
        List<MachineEntry.Version> newestFirst = new ArrayList<>(entry.versions());
        Collections.reverse(newestFirst);
        Paging.Page<MachineEntry.Version> page = Paging.page(newestFirst, request.maxResults(),
                request.optionalString("nextToken"), "versions of " + entry.arn, version -> version.version().arn());
        ObjectNode response = WireJson.object();
        ArrayNode items = response.putArray("stateMachineVersions");
        for (MachineEntry.Version version : page.items()) {
            items.addObject().put("stateMachineVersionArn", version.version().arn())
                    .set("creationDate", WireJson.timestamp(version.version().creationDate()));
        }
        if (page.nextToken() != null) {
            response.put("nextToken", page.nextToken());
        }
        return response;
    }

    ObjectNode delete(Request request) {
        StatesArn arn = StatesArn.parse(request.string("stateMachineVersionArn"), "stateMachine");
        if (!arn.isVersion()) {
            throw ApiException.invalidArn(arn.text());
        }
        MachineEntry entry = catalog.find(arn.unqualified());
        MachineEntry.Version version = entry == null ? null : entry.version(arn.text());
        if (version != null) { // deleting a version that is not there succeeds, as on AWS
            try {
                runtime.deleteVersion(version.version());
            } catch (ApiRefusedException e) {
                throw Refusals.of(e);
            }
            entry.removeVersion(arn.text());
        }
        return WireJson.object();
    }

    /** Drops a deleted state machine's aliases and versions from the runtime. */
    void forget(MachineEntry entry) {
        for (MachineEntry.Alias alias : entry.aliases()) {
            runtime.deleteAlias(alias.alias);
        }
        for (MachineEntry.Version version : entry.versions()) {
            runtime.deleteVersion(version.version());
        }
    }

    MachineEntry.Version requireVersion(MachineEntry entry, String versionArn) {
        MachineEntry.Version version = entry.version(versionArn);
        if (version == null) {
            throw notFound(versionArn);
        }
        return version;
    }

    ObjectNode createAlias(Request request) {
        String name = request.string("name");
        String description = request.optionalString("description");
        List<Route> routes = routes(RoutingConfiguration.of(request));
        MachineEntry entry = catalog.require(routes.get(0).version().machine().arn());
        MachineEntry.Alias alias;
        synchronized (entry) {
            MachineEntry.Alias existing = entry.alias(entry.arn + ":" + name);
            if (existing != null) {
                if (sameRoutes(existing.alias.routes(), routes) && Objects.equals(existing.description,
                        description)) {
                    return created(existing);
                }
                throw new ApiException("ConflictException", "Failed to create alias because an alias with the same "
                        + "name and a different routing configuration already exists.");
            }
            if (entry.aliases().size() >= MAX_ALIASES) {
                throw quotaExceeded(MAX_ALIASES + " aliases", entry.arn, "DeleteStateMachineAlias");
            }
            StateMachineAlias created = runtime.createAlias(name, description, routes.toArray(Route[]::new));
            alias = new MachineEntry.Alias(created, description, runtime.clock().now());
            entry.addAlias(alias);
        }
        return created(alias);
    }

    private static ObjectNode created(MachineEntry.Alias alias) {
        ObjectNode response = WireJson.object().put("stateMachineAliasArn", alias.alias.arn());
        response.set("creationDate", WireJson.timestamp(alias.creationDate));
        return response;
    }

    ObjectNode describeAlias(Request request) {
        MachineEntry.Alias alias = requireAlias(request.string("stateMachineAliasArn"));
        ObjectNode json = WireJson.object().put("stateMachineAliasArn", alias.alias.arn())
                .put("name", alias.alias.name());
        if (alias.description != null) {
            json.put("description", alias.description);
        }
        ArrayNode routing = json.putArray("routingConfiguration");
        for (Route route : alias.alias.routes()) {
            routing.addObject().put("stateMachineVersionArn", route.version().arn()).put("weight", route.weight());
        }
        json.set("creationDate", WireJson.timestamp(alias.creationDate));
        json.set("updateDate", WireJson.timestamp(alias.updateDate));
        return json;
    }

    ObjectNode updateAlias(Request request) {
        String arn = request.string("stateMachineAliasArn");
        MachineEntry.Alias alias = findAlias(arn);
        if (alias == null) { // AWS's words (test_sfn_api_aliasing's test_update_no_such_alias_arn, recorded on AWS)
            throw new ApiException("ResourceNotFound", "Request references a resource that does not exist.")
                    .with("resourceName", arn);
        }
        if (!request.has("description") && !request.has("routingConfiguration")) {
            throw ApiException.validation("either 'description' or 'routingConfiguration' must be specified");
        }
        if (request.has("routingConfiguration")) {
            alias.alias.update(routes(RoutingConfiguration.of(request)));
        }
        if (request.has("description")) {
            alias.description = request.optionalString("description");
        }
        Instant now = runtime.clock().now();
        alias.updateDate = now;
        return WireJson.object().set("updateDate", WireJson.timestamp(now));
    }

    ObjectNode deleteAlias(Request request) {
        StatesArn arn = aliasArn(request.string("stateMachineAliasArn"));
        MachineEntry entry = catalog.find(arn.unqualified());
        MachineEntry.Alias alias = entry == null ? null : entry.alias(arn.text());
        // deleting an alias that is not there succeeds, as on AWS (LocalStack's AWS-validated test_sfn_api_aliasing
        // snapshot, test_delete_no_such_alias_arn)
        if (alias != null) {
            runtime.deleteAlias(alias.alias);
            entry.removeAlias(alias.alias.arn());
        }
        return WireJson.object();
    }

    ObjectNode listAliases(Request request) {
        StatesArn arn = StatesArn.parse(request.string("stateMachineArn"), "stateMachine");
        MachineEntry entry = catalog.require(arn.unqualified());
        List<MachineEntry.Alias> aliases = entry.aliases();
        if (arn.isVersion()) { // the aliases that route to this version
            aliases.removeIf(alias -> alias.alias.routes().stream()
                    .noneMatch(route -> route.version().arn().equals(arn.text())));
        }
        Paging.Page<MachineEntry.Alias> page = Paging.page(aliases, request.maxResults(),
                request.optionalString("nextToken"), "aliases of " + arn.text(), alias -> alias.alias.arn());
        ObjectNode response = WireJson.object();
        ArrayNode items = response.putArray("stateMachineAliases");
        for (MachineEntry.Alias alias : page.items()) {
            items.addObject().put("stateMachineAliasArn", alias.alias.arn())
                    .set("creationDate", WireJson.timestamp(alias.creationDate));
        }
        if (page.nextToken() != null) {
            response.put("nextToken", page.nextToken());
        }
        return response;
    }

    /** The alias named by an alias ARN. */
    MachineEntry.Alias requireAlias(String text) {
        MachineEntry.Alias alias = findAlias(text);
        if (alias == null) {
            throw notFound(text);
        }
        return alias;
    }

    /** The alias named by an alias ARN, or {@code null}. */
    private MachineEntry.Alias findAlias(String text) {
        StatesArn arn = aliasArn(text);
        MachineEntry entry = catalog.find(arn.unqualified());
        return entry == null ? null : entry.alias(arn.text());
    }

    private static StatesArn aliasArn(String text) {
        StatesArn arn = StatesArn.parse(text, "stateMachine");
        if (!arn.isAlias()) {
            throw ApiException.invalidArn(text);
        }
        return arn;
    }

    /** A routing configuration's versions, which must exist. */
    private List<Route> routes(List<RoutingConfiguration.Item> routing) {
        List<Route> routes = new ArrayList<>();
        for (RoutingConfiguration.Item item : routing) {
            StatesArn arn = item.versionArn();
            MachineEntry entry = catalog.find(arn.unqualified());
            if (entry == null) {
                throw notFound(arn.text());
            }
            routes.add(Route.to(requireVersion(entry, arn.text()).version(), item.weight()));
        }
        return routes;
    }

    private static boolean sameRoutes(List<Route> a, List<Route> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).version().arn().equals(b.get(i).version().arn()) || a.get(i).weight() != b.get(i).weight()) {
                return false;
            }
        }
        return true;
    }

    private static ApiException quotaExceeded(String quota, String machine, String remedy) {
        return new ApiException("ServiceQuotaExceededException", "A state machine has at most " + quota + ": "
                + machine + " has them all; delete unused ones with " + remedy + ".");
    }

    static ApiException notFound(String arn) {
        return ApiException.resourceNotFound(arn);
    }
}
