package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.validation.DefinitionProblem;
import dev.stepwise.asl.validation.DefinitionValidator;
import dev.stepwise.asl.validation.ProblemCodes;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.InvalidDefinitionException;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.StateMachineSettings;
import dev.stepwise.runtime.logging.LogLevel;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import dev.stepwise.runtime.versions.StateMachineVersion;
import dev.stepwise.server.protocol.ApiException;
import dev.stepwise.server.protocol.Request;
import dev.stepwise.server.protocol.WireJson;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * CreateStateMachine, DescribeStateMachine, UpdateStateMachine, DeleteStateMachine, ListStateMachines,
 * ValidateStateMachineDefinition and DescribeStateMachineForExecution.
 */
final class StateMachineOperations {

    private static final int MAX_DIAGNOSTICS = 100;

    private final LocalRuntime runtime;
    private final Catalog catalog;
    private final VersionOperations versions;
    private final Tags tags;
    private final ExecutionOperations executions;

    StateMachineOperations(LocalRuntime runtime, Catalog catalog, VersionOperations versions, Tags tags,
            ExecutionOperations executions) {
        this.runtime = runtime;
        this.catalog = catalog;
        this.versions = versions;
        this.tags = tags;
        this.executions = executions;
    }

    ObjectNode create(Request request) {
        String name = Names.check(request.string("name"));
        String definition = request.string("definition");
        String roleArn = roleArn(request.string("roleArn"));
        StateMachineType type = StateMachineType.parse(request.choice("type", "STANDARD"));
        ObjectNode logging = logging(request.object("loggingConfiguration"));
        ObjectNode tracing = tracing(request.object("tracingConfiguration"));
        ArrayNode requestedTags = request.list("tags");
        Tags.check(requestedTags);
        boolean publish = publishes(request);
        Instant now = runtime.clock().now();
        StateMachine machine = compile(name, definition, type, logging, roleArn);
        Revision revision = new Revision(machine, definition, roleArn, logging, tracing, null, now);
        MachineEntry entry = catalog.putIfAbsent(machine.arn(), () -> new MachineEntry(machine.arn(), name, now,
                revision));
        boolean repeated = entry.current() != revision;
        if (repeated && !entry.current().sameAs(revision)) {
            throw new ApiException("StateMachineAlreadyExists", "State Machine Already Exists: '" + machine.arn()
                    + "'");
        }
        if (!repeated) { // as on AWS, a repeated request's tags are ignored, not added
            tags.add(machine.arn(), requestedTags);
        }
        ObjectNode response = WireJson.object().put("stateMachineArn", entry.arn);
        response.set("creationDate", WireJson.timestamp(entry.creationDate));
        if (publish) {
            StateMachineVersion version = versions.publish(entry, request.optionalString("versionDescription"));
            response.put("stateMachineVersionArn", version.arn());
        }
        return response;
    }

    ObjectNode describe(Request request) {
        StatesArn arn = StatesArn.parse(request.string("stateMachineArn"), "stateMachine");
        boolean metadataOnly = metadataOnly(request);
        ObjectNode json = describe(arn);
        if (metadataOnly) { // the API model: "If called with includedData = METADATA_ONLY, the returned definition
            json.put("definition", "{}"); // will be {}."
        }
        return json;
    }

    /** {@code includedData}, which DescribeStateMachine and DescribeStateMachineForExecution take. */
    static boolean metadataOnly(Request request) {
        return request.choice("includedData", "ALL_DATA").equals("METADATA_ONLY");
    }

    private ObjectNode describe(StatesArn arn) {
        MachineEntry entry = catalog.require(arn.unqualified());
        if (arn.isAlias()) {
            throw ApiException.invalidArn(arn.text());
        }
        if (arn.isVersion()) {
            MachineEntry.Version version = entry.version(arn.text());
            if (version == null) {
                throw Catalog.doesNotExist(arn.text());
            }
            ObjectNode json = describe(entry, version.revision(), arn.text(), version.version().creationDate());
            if (version.version().description() != null) {
                json.put("description", version.version().description());
            }
            return json;
        }
        return describe(entry, entry.current(), entry.arn, entry.creationDate);
    }

    private static ObjectNode describe(MachineEntry entry, Revision revision, String arn, Instant creationDate) {
        ObjectNode json = WireJson.object().put("stateMachineArn", arn).put("name", entry.name)
                .put("status", "ACTIVE").put("definition", revision.definition()).put("roleArn", revision.roleArn())
                .put("type", revision.machine().type().name());
        json.set("creationDate", WireJson.timestamp(creationDate));
        json.set("loggingConfiguration", revision.loggingConfiguration());
        json.set("tracingConfiguration", revision.tracingConfiguration());
        putRevisionId(json, revision);
        return json;
    }

    ObjectNode update(Request request) {
        StatesArn arn = StatesArn.parse(request.string("stateMachineArn"), "stateMachine");
        if (arn.isAlias()) {
            throw ApiException.invalidArn(arn.text());
        }
        // a version ARN names no state machine that could change: AWS answers StateMachineDoesNotExist (recorded in
        // LocalStack's AWS-validated test_sfn_api_versioning snapshot, test_update_state_machine)
        MachineEntry entry = catalog.require(arn.text());
        if (!request.has("definition") && !request.has("roleArn") && !request.has("loggingConfiguration")
                && !request.has("tracingConfiguration")) {
            throw new ApiException("MissingRequiredParameter", "Either the definition, the role ARN, the "
                    + "LoggingConfiguration, the EncryptionConfiguration or the TracingConfiguration must be "
                    + "specified");
        }
        boolean publish = publishes(request);
        Instant now = runtime.clock().now();
        Revision updated;
        synchronized (entry) {
            Revision current = entry.current();
            String definition = request.has("definition") ? request.string("definition") : current.definition();
            String roleArn = request.has("roleArn") ? roleArn(request.string("roleArn")) : current.roleArn();
            ObjectNode logging = request.has("loggingConfiguration")
                    ? logging(request.object("loggingConfiguration")) : current.loggingConfiguration();
            ObjectNode tracing = request.has("tracingConfiguration")
                    ? tracing(request.object("tracingConfiguration")) : current.tracingConfiguration();
            StateMachine machine = compile(entry.name, definition, current.machine().type(), logging,
                    roleArn);
            Revision candidate = new Revision(machine, definition, roleArn, logging, tracing,
                    UUID.randomUUID().toString(), now);
            // an update that changes nothing makes no revision: AWS keeps the revision id (none for the first) and
            // publishing returns the version it already has (test_sfn_api_versioning's
            // test_empty_revision_with_publish_and_no_publish_on_creation, recorded on AWS)
            updated = candidate.configuredAs(current) ? current : candidate;
            if (updated != current) {
                entry.update(updated);
            }
        }
        catalog.remember(updated);
        ObjectNode response = WireJson.object();
        response.set("updateDate", WireJson.timestamp(now));
        putRevisionId(response, updated);
        if (publish) {
            response.put("stateMachineVersionArn", versions.publish(entry, request.optionalString(
                    "versionDescription")).arn());
        }
        return response;
    }

    ObjectNode delete(Request request) {
        StatesArn arn = StatesArn.parse(request.string("stateMachineArn"), "stateMachine");
        if (arn.qualifier() != null) {
            throw ApiException.constraint(arn.text(), "stateMachineArn",
                    "be the ARN of a state machine, not of a version or an alias");
        }
        MachineEntry removed = catalog.remove(arn.text());
        if (removed != null) {
            versions.forget(removed);
        }
        return WireJson.object();
    }

    ObjectNode list(Request request) {
        Paging.Page<MachineEntry> page = Paging.page(catalog.machines(), request.maxResults(),
                request.optionalString("nextToken"), "state machines", entry -> entry.arn);
        ObjectNode response = WireJson.object();
        ArrayNode items = response.putArray("stateMachines");
        for (MachineEntry entry : page.items()) {
            ObjectNode item = items.addObject().put("stateMachineArn", entry.arn).put("name", entry.name)
                    .put("type", entry.current().machine().type().name());
            item.set("creationDate", WireJson.timestamp(entry.creationDate));
        }
        if (page.nextToken() != null) {
            response.put("nextToken", page.nextToken());
        }
        return response;
    }

    ObjectNode validate(Request request) {
        String text = request.string("definition");
        StateMachineType type = StateMachineType.parse(request.choice("type", "STANDARD"));
        int max = request.integer("maxResults", 0);
        List<DefinitionProblem> problems;
        try {
            problems = DefinitionValidator.validate(Json.parse(text), type).problems();
        } catch (IllegalArgumentException e) {
            problems = List.of(notJson(e));
        }
        int shown = Math.min(problems.size(), max == 0 ? MAX_DIAGNOSTICS : max);
        ObjectNode response = WireJson.object().put("result", problems.isEmpty() ? "OK" : "FAIL");
        ArrayNode diagnostics = response.putArray("diagnostics");
        for (DefinitionProblem problem : problems.subList(0, shown)) {
            ObjectNode item = diagnostics.addObject().put("severity", "ERROR").put("code", problem.code())
                    .put("message", problem.message());
            item.put("location", problem.location().isEmpty() ? "/" : problem.location());
        }
        response.put("truncated", shown < problems.size());
        return response;
    }

    ObjectNode describeForExecution(Request request) {
        Execution execution = executions.require(request.string("executionArn"));
        metadataOnly(request); // checked; what AWS leaves out for it concerns encrypted definitions only
        Revision revision = catalog.revisionOf(execution.stateMachine());
        if (revision == null) {
            throw new ApiException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + execution.arn() + "'");
        }
        ObjectNode json = WireJson.object().put("stateMachineArn", execution.stateMachine().arn())
                .put("name", execution.stateMachine().name()).put("definition", revision.definition())
                .put("roleArn", revision.roleArn());
        json.set("updateDate", WireJson.timestamp(revision.updateDate()));
        json.set("loggingConfiguration", revision.loggingConfiguration());
        json.set("tracingConfiguration", revision.tracingConfiguration());
        putRevisionId(json, revision);
        return json;
    }

    /** The revision id, a member only once an update made one. */
    private static void putRevisionId(ObjectNode json, Revision revision) {
        if (revision.revisionId() != null) {
            json.put("revisionId", revision.revisionId());
        }
    }

    /**
     * The request's {@code publish}; AWS refuses a {@code versionDescription} without it ("Version description can
     * only be set when publish is true", recorded in test_sfn_api_versioning's
     * test_create_with_version_description_no_publish; the API model says so of both operations).
     */
    private static boolean publishes(Request request) {
        boolean publish = request.bool("publish", false);
        if (!publish && request.has("versionDescription")) {
            throw new ApiException("ValidationException", "Version description can only be set when publish is true");
        }
        return publish;
    }

    /** Validates and compiles, with AWS's InvalidDefinition message listing every problem. */
    private StateMachine compile(String name, String definition, StateMachineType type, ObjectNode logging,
            String roleArn) {
        JsonNode tree;
        try {
            tree = Json.parse(definition);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalidDefinition(List.of(notJson(e)));
        }
        LoggingConfiguration configuration = LoggingConfiguration.of(LogLevel.parse(logging.path("level")
                .asText("OFF")), logging.path("includeExecutionData").asBoolean(false));
        try {
            return runtime.load(name, tree, StateMachineSettings.of(type, configuration).withRoleArn(roleArn));
        } catch (InvalidDefinitionException e) {
            throw Refusals.of(e);
        }
    }

    private static DefinitionProblem notJson(IllegalArgumentException e) {
        // the runtime's load(String) reports text that is not JSON the same way
        return new DefinitionProblem("", ProblemCodes.SCHEMA_VALIDATION_FAILED, "not valid JSON: " + e.getMessage());
    }

    private static String roleArn(String arn) {
        String[] fields = arn.split(":", 6);
        if (fields.length < 6 || !fields[0].equals("arn") || !fields[2].equals("iam")) {
            throw ApiException.invalidArn(arn);
        }
        return arn;
    }

    /** The configuration as DescribeStateMachine returns it (AWS's default when none was given). */
    private static ObjectNode logging(ObjectNode given) {
        ObjectNode logging = WireJson.object();
        String level = given == null || !given.path("level").isTextual() ? "OFF" : given.get("level").textValue();
        JsonNode destinations = given == null ? null : given.get("destinations");
        if (!level.equals("OFF")) {
            checkDestinations(destinations);
        }
        logging.put("level", level);
        logging.put("includeExecutionData", given != null && given.path("includeExecutionData").asBoolean(false));
        if (destinations != null && !destinations.isEmpty()) {
            logging.set("destinations", destinations);
        }
        return logging;
    }

    /**
     * A logging level other than OFF needs one log group, named by an ARN that ends with {@code :*} (the API model:
     * destinations are "Limited to size 1", and "The ARN must end with :*"). The messages are AWS's; the second as
     * Terraform users met it (hashicorp/terraform-provider-aws#17683).
     */
    private static void checkDestinations(JsonNode destinations) {
        if (destinations == null || destinations.size() != 1) {
            throw new ApiException("InvalidLoggingConfiguration", "Invalid Logging Configuration: Must specify "
                    + "exactly one Log Destination.");
        }
        JsonNode arn = destinations.get(0).path("cloudWatchLogsLogGroup").path("logGroupArn");
        if (arn.isTextual() && !arn.textValue().endsWith(":*")) {
            throw new ApiException("InvalidLoggingConfiguration", "Invalid Logging Configuration: Log Group ARN must "
                    + "be provided with '*' qualifier.");
        }
    }

    private static ObjectNode tracing(ObjectNode given) {
        return WireJson.object().put("enabled", given != null && given.path("enabled").asBoolean(false));
    }
}
