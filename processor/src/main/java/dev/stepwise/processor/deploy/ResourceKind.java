package dev.stepwise.processor.deploy;

import static dev.stepwise.processor.deploy.PolicyAccumulator.ANY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.processor.deploy.TaskArguments.Argument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of IAM resource a grant of {@code iam-actions.json} applies to, each building its ARNs from the call's
 * arguments (the data names which). A target known at compile time is granted by its ARN; one chosen at run time
 * falls back to every resource of that kind in the stack's account and region; a {@code ${Placeholder}} becomes
 * what CloudFormation makes of its value ({@link Alternatives}).
 */
enum ResourceKind {
    /** No resource to scope to, or one IAM cannot scope: {@code *}. */
    ANY_RESOURCE("any"),
    /**
     * The ARNs the data writes out in {@code from}, each an {@link ArnTemplate} whose {@code {Argument}} slots the
     * call's arguments fill: a project, cluster or job the workflow names, every one of them when chosen at run time.
     */
    LISTED("listed"),
    FUNCTION("function"),
    QUEUE("queue"),
    TOPIC("topic"),
    TABLE("table"),
    TABLE_AND_INDEXES("tableAndIndexes"),
    TABLES_KEYED("tablesKeyed"),
    TABLES_WITHIN("tablesWithin"),
    STATE_MACHINE("stateMachine"),
    EXECUTION("execution"),
    EXECUTIONS_OF("executionsOf"),
    MANAGED_RULE("managedRule"),
    BUCKET("bucket"),
    OBJECT("object"),
    /** Every object under a prefix ({@code Bucket}, {@code Prefix}): a Distributed Map's ResultWriter writes there. */
    OBJECTS_UNDER("objectsUnder"),
    COPY_SOURCE("copySource"),
    EVENT_BUSES("eventBuses"),
    INSTANCES("instances"),
    TASK_DEFINITION("taskDefinition"),
    BATCH_JOB("batchJob"),
    /** IAM roles a call passes to a service, by ARN or by name; one chosen at run time: every role of the account. */
    ROLE("role"),
    /**
     * The role a Task's {@code Credentials} assume, by ARN; one chosen at run time may be in any account: reaching
     * other accounts is what Credentials are for (the guide's "Accessing resources in other AWS accounts").
     */
    ROLE_TO_ASSUME("roleToAssume"),
    /** A Bedrock model by ID (a foundation model) or ARN (a provisioned or custom model, an inference profile). */
    BEDROCK_MODEL("bedrockModel"),
    /** The API Gateway route an {@code apigateway:invoke} calls: {@code <api-id>/<stage>/<METHOD>/<path>}. */
    API_ROUTE("apiRoute");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9]+)}");
    private static final Pattern NAME_WITH_REVISION = Pattern.compile("([^:/]+)(:\\d+)?");
    private static final Pattern EXECUTE_API_HOST =
            Pattern.compile("(?:https://)?([a-z0-9]+)\\.execute-api\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?/?");

    private final String dataName;

    ResourceKind(String dataName) {
        this.dataName = dataName;
    }

    static ResourceKind named(String dataName) {
        for (ResourceKind kind : values()) {
            if (kind.dataName.equals(dataName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("iam-actions.json names an unknown resource kind: " + dataName);
    }

    /** The resources of this kind the call with these arguments reaches; {@code from} names the arguments to read. */
    List<String> resources(TaskArguments args, List<String> from, Alternatives alternatives) {
        return switch (this) {
            case ANY_RESOURCE -> List.of(ANY);
            case LISTED -> from.stream().map(template -> ArnTemplate.fill(template, args)).toList();
            case FUNCTION -> function(args.read(from.get(0)), alternatives);
            case QUEUE -> queue(args.read(from.get(0)), alternatives);
            case TOPIC -> topic(args, from);
            case TABLE -> List.of(table(args.read(from.get(0)), alternatives));
            case TABLE_AND_INDEXES -> {
                String table = table(args.read(from.get(0)), alternatives);
                yield table.endsWith("/*") ? List.of(table) : List.of(table, table + "/index/*");
            }
            case TABLES_KEYED -> tablesKeyed(args.get(from.get(0)));
            case TABLES_WITHIN -> tablesWithin(args.get(from.get(0)));
            case STATE_MACHINE -> stateMachine(args.read(from.get(0)), alternatives);
            case EXECUTION -> {
                Argument execution = args.read(from.get(0));
                yield List.of(execution.isStatic() ? execution.value() : TargetArns.inStack("states", "execution:*"));
            }
            case EXECUTIONS_OF -> {
                Argument child = args.read(from.get(0));
                String every = TargetArns.inStack("states", "execution:*");
                yield List.of(child.isStatic() ? TargetArns.executionsOf(child.value()).orElse(every) : every);
            }
            case MANAGED_RULE -> List.of(TargetArns.inStack("events", "rule/" + from.get(0)));
            case BUCKET -> {
                Argument bucket = args.read(from.get(0));
                yield List.of(TargetArns.s3(bucket.isStatic() ? bucket.value() : "*", null));
            }
            case OBJECT -> object(args, from);
            case OBJECTS_UNDER -> List.of(objectsUnder(args, from));
            case COPY_SOURCE -> List.of(copySource(args.read(from.get(0))));
            case EVENT_BUSES -> eventBuses(args, from.get(0), alternatives);
            case INSTANCES -> instances(args.get(from.get(0)));
            case TASK_DEFINITION -> taskDefinition(args.read(from.get(0)));
            case BATCH_JOB -> batchJob(args.read(from.get(0)), args.read(from.get(1)));
            case ROLE_TO_ASSUME -> args.read(from.get(0)).isDynamic() ? List.of("arn:${AWS::Partition}:iam::*:role/*")
                    : roles(args, from, alternatives);
            case ROLE -> roles(args, from, alternatives);
            case BEDROCK_MODEL -> bedrockModel(args.read(from.get(0)));
            case API_ROUTE -> List.of(apiRoute(args, from));
        };
    }


    private static List<String> function(Argument function, Alternatives alternatives) {
        if (!function.isStatic()) {
            return List.of(TargetArns.inStack("lambda", "function:*"));
        }
        Matcher placeholder = PLACEHOLDER.matcher(function.value());
        if (placeholder.matches()) {
            String name = placeholder.group(1);
            String nameForm = TargetArns.inStack("lambda", "function:" + function.value());
            return List.of(alternatives.nameOrArn(name, nameForm, ""), alternatives.nameOrArn(name, nameForm + ":*", ":*"));
        }
        return TargetArns.functionAndQualifiers(TargetArns.function(function.value()));
    }

    private static List<String> queue(Argument url, Alternatives alternatives) {
        String every = TargetArns.inStack("sqs", "*");
        if (!url.isStatic()) {
            return List.of(every);
        }
        Matcher placeholder = PLACEHOLDER.matcher(url.value());
        if (placeholder.matches()) {
            return List.of(alternatives.queueUrl(placeholder.group(1)));
        }
        // a URL with a placeholder inside cannot be taken apart at compile time: scope it like a dynamic one
        return List.of(TargetArns.queue(url.value()).orElse(every));
    }

    private static List<String> topic(TaskArguments args, List<String> from) {
        boolean anyDynamic = false;
        for (String name : from) {
            Argument topic = args.read(name);
            if (topic.isStatic()) {
                return List.of(topic.value());
            }
            anyDynamic |= topic.isDynamic();
        }
        // an SMS to a PhoneNumber (maybe, when the arguments are chosen at run time) has no resource to scope to
        boolean maySendSms = !args.read("PhoneNumber").isAbsent();
        return List.of(anyDynamic && !maySendSms ? TargetArns.inStack("sns", "*") : ANY);
    }

    private static String table(Argument table, Alternatives alternatives) {
        if (!table.isStatic()) {
            return TargetArns.inStack("dynamodb", "table/*");
        }
        Matcher placeholder = PLACEHOLDER.matcher(table.value());
        if (placeholder.matches()) {
            return alternatives.nameOrArn(placeholder.group(1), TargetArns.table(table.value()), "");
        }
        return TargetArns.table(table.value());
    }

    /** BatchGetItem and BatchWriteItem name their tables as the keys of RequestItems. */
    private static List<String> tablesKeyed(JsonNode requestItems) {
        if (requestItems == null || !requestItems.isObject() || requestItems.isEmpty()) {
            return List.of(TargetArns.inStack("dynamodb", "table/*"));
        }
        List<String> tables = new ArrayList<>();
        requestItems.fieldNames().forEachRemaining(name -> tables.add(TargetArns.table(name)));
        return tables;
    }

    /** TransactGetItems and TransactWriteItems name a table in each item; one chosen at run time widens to all. */
    private static List<String> tablesWithin(JsonNode items) {
        List<String> tables = new ArrayList<>();
        if (items == null || !items.isArray() || !collectTables(items, tables) || tables.isEmpty()) {
            return List.of(TargetArns.inStack("dynamodb", "table/*"));
        }
        return tables;
    }

    private static boolean collectTables(JsonNode node, List<String> tables) {
        if (node.isObject()) {
            Argument table = TaskArguments.within((ObjectNode) node).read("TableName");
            if (table.isDynamic()) {
                return false;
            }
            if (table.isStatic()) {
                tables.add(TargetArns.table(table.value()));
            }
        }
        for (JsonNode child : node) {
            if (child.isContainerNode() && !collectTables(child, tables)) {
                return false;
            }
        }
        return true;
    }

    /** The state machine a state machine, version or alias ARN belongs to, which IAM authorizes the call on. */
    private static List<String> stateMachine(Argument machine, Alternatives alternatives) {
        if (machine.isAbsent()) {
            return List.of(ANY); // a call that names none (list, describe-all)
        }
        if (!machine.isStatic()) {
            return List.of(TargetArns.inStack("states", "stateMachine:*"));
        }
        Matcher placeholder = PLACEHOLDER.matcher(machine.value());
        if (placeholder.matches()) {
            return List.of(alternatives.stateMachineOf(placeholder.group(1)));
        }
        return List.of(TargetArns.stateMachine(machine.value()).orElse(machine.value()));
    }

    /** The object when Bucket and Key are known, every object of the bucket for a run-time key, else the bucket. */
    private static List<String> object(TaskArguments args, List<String> from) {
        Argument bucket = args.read(from.get(0));
        if (!bucket.isStatic()) {
            return List.of(TargetArns.s3("*", null));
        }
        String keyName = from.get(1);
        if (keyName.equals("*")) {
            return List.of(TargetArns.s3(bucket.value(), "*"));
        }
        Argument key = args.read(keyName);
        if (key.isAbsent()) {
            return List.of(TargetArns.s3(bucket.value(), null));
        }
        return List.of(TargetArns.s3(bucket.value(), key.isStatic() ? key.value() : "*"));
    }

    /** {@code bucket/prefix/*}; every object of the bucket when the prefix is absent or chosen at run time. */
    private static String objectsUnder(TaskArguments args, List<String> from) {
        Argument bucket = args.read(from.get(0));
        if (!bucket.isStatic()) {
            return TargetArns.s3("*", null);
        }
        Argument prefix = args.read(from.get(1));
        String under = prefix.isStatic() && !prefix.value().isEmpty() ? prefix.value().replaceAll("/+$", "") + "/*" : "*";
        return TargetArns.s3(bucket.value(), under);
    }

    /** CopySource is {@code bucket/key}, optionally with a leading slash and a {@code ?versionId=}. */
    private static String copySource(Argument source) {
        if (!source.isStatic()) {
            return TargetArns.s3("*", null);
        }
        String path = source.value().startsWith("/") ? source.value().substring(1) : source.value();
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        int slash = path.indexOf('/');
        return slash <= 0 ? TargetArns.s3("*", null) : TargetArns.s3(path.substring(0, slash), path.substring(slash + 1));
    }

    /** Each entry's bus; an entry without EventBusName goes to the default bus. */
    private static List<String> eventBuses(TaskArguments args, String entriesName, Alternatives alternatives) {
        JsonNode entries = args.get(entriesName);
        if (entries == null || !entries.isArray()) {
            return List.of(TargetArns.inStack("events", "event-bus/*")); // chosen at run time
        }
        List<String> buses = new ArrayList<>();
        for (JsonNode entry : entries) {
            buses.add(entry.isObject()
                    ? bus(TaskArguments.within((ObjectNode) entry).read("EventBusName"), alternatives)
                    : TargetArns.inStack("events", "event-bus/*"));
        }
        return buses.isEmpty() ? List.of(TargetArns.eventBus("default")) : buses;
    }

    private static String bus(Argument bus, Alternatives alternatives) {
        if (bus.isAbsent()) {
            return TargetArns.eventBus("default");
        }
        if (!bus.isStatic()) {
            return TargetArns.inStack("events", "event-bus/*");
        }
        Matcher placeholder = PLACEHOLDER.matcher(bus.value());
        if (placeholder.matches()) {
            return alternatives.nameOrArn(placeholder.group(1), TargetArns.eventBus(bus.value()), "");
        }
        return TargetArns.eventBus(bus.value());
    }

    private static List<String> instances(JsonNode ids) {
        List<String> instances = new ArrayList<>();
        if (ids != null && ids.isArray()) {
            for (JsonNode id : ids) {
                if (!id.isTextual() || id.textValue().contains("${")) {
                    return List.of(TargetArns.inStack("ec2", "instance/*"));
                }
                instances.add(TargetArns.inStack("ec2", "instance/" + id.textValue()));
            }
        }
        return instances.isEmpty() ? List.of(TargetArns.inStack("ec2", "instance/*")) : instances;
    }

    /** A task definition ARN as given, {@code family:revision}, or every revision of a family. */
    private static List<String> taskDefinition(Argument definition) {
        if (!definition.isStatic() || PLACEHOLDER.matcher(definition.value()).matches()) {
            // chosen at run time, or a ${Placeholder} that may hold a family, a family:revision or an ARN
            return List.of(TargetArns.inStack("ecs", "task-definition/*"));
        }
        if (definition.value().startsWith("arn:")) {
            return List.of(everyRevisionUnlessGiven(definition.value()));
        }
        Matcher family = NAME_WITH_REVISION.matcher(definition.value());
        if (family.matches()) {
            return List.of(TargetArns.inStack("ecs", "task-definition/" + family.group(1)
                    + (family.group(2) == null ? ":*" : family.group(2))));
        }
        return List.of(TargetArns.inStack("ecs", "task-definition/*"));
    }

    /**
     * An ECS task definition or Batch job definition ARN without a revision runs the latest one, and IAM authorizes
     * the call on that revision's ARN ({@code family:7}; ECS's RunTask reference: "you must either specify a specific
     * revision, or all revisions"), so an ARN without one is granted with every revision.
     */
    private static String everyRevisionUnlessGiven(String definitionArn) {
        String name = definitionArn.substring(definitionArn.lastIndexOf('/') + 1);
        return name.contains(":") ? definitionArn : definitionArn + ":*";
    }

    /** SubmitJob is authorised on both the job definition and the job queue. */
    private static List<String> batchJob(Argument definition, Argument queue) {
        List<String> resources = new ArrayList<>();
        boolean named = definition.isStatic() && !PLACEHOLDER.matcher(definition.value()).matches();
        if (named && definition.value().startsWith("arn:")) {
            resources.add(everyRevisionUnlessGiven(definition.value()));
        } else if (named && NAME_WITH_REVISION.matcher(definition.value()).matches()) {
            Matcher name = NAME_WITH_REVISION.matcher(definition.value());
            name.matches();
            resources.add(TargetArns.inStack("batch", "job-definition/" + name.group(1)
                    + (name.group(2) == null ? ":*" : name.group(2))));
        } else {
            resources.add(TargetArns.inStack("batch", "job-definition/*"));
        }
        if (queue.isStatic()) {
            resources.add(queue.value().startsWith("arn:") ? queue.value()
                    : TargetArns.inStack("batch", "job-queue/" + queue.value()));
        } else {
            resources.add(TargetArns.inStack("batch", "job-queue/*"));
        }
        return resources;
    }

    /** Each role the call passes, by ARN or by name (EMR takes names); a call that passes none reaches no role. */
    private static List<String> roles(TaskArguments args, List<String> from, Alternatives alternatives) {
        List<String> roles = new ArrayList<>();
        for (String name : from) {
            Argument role = args.read(name);
            if (role.isDynamic()) {
                roles.add(TargetArns.role("*"));
            } else if (role.isStatic()) {
                Matcher placeholder = PLACEHOLDER.matcher(role.value());
                roles.add(placeholder.matches()
                        ? alternatives.nameOrArn(placeholder.group(1), TargetArns.role(role.value()), "")
                        : role.value().startsWith("arn:") ? role.value() : TargetArns.role(role.value()));
            }
        }
        return roles;
    }

    /**
     * A model ID names a foundation model, which has no account in its ARN; an ARN is taken as it is. A model chosen
     * at run time may be any foundation or provisioned model, as the guide's "full access" InvokeModel policy grants.
     */
    private static List<String> bedrockModel(Argument model) {
        String foundationModels = "arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/";
        if (!model.isStatic()) {
            return List.of(foundationModels + "*", TargetArns.inStack("bedrock", "provisioned-model/*"));
        }
        return List.of(model.value().startsWith("arn:") ? model.value() : foundationModels + model.value());
    }

    /**
     * {@code execute-api:Invoke} on {@code <api-id>/<stage>/<METHOD>/<path>} in the API's region: the API ID and
     * region come from an {@code ApiEndpoint} of the form {@code <api-id>.execute-api.<region>.amazonaws.com}; a part
     * not known at compile time (or a custom domain) matches any.
     */
    private static String apiRoute(TaskArguments args, List<String> from) {
        Argument endpoint = args.read(from.get(0));
        Matcher host = endpoint.isStatic() ? EXECUTE_API_HOST.matcher(endpoint.value()) : null;
        boolean known = host != null && host.matches();
        String region = known ? host.group(2) : "${AWS::Region}";
        String path = staticOrAny(args.read(from.get(3)));
        String route = String.join("/", known ? host.group(1) : "*", staticOrAny(args.read(from.get(1))),
                staticOrAny(args.read(from.get(2))), path.startsWith("/") ? path.substring(1) : path);
        return "arn:${AWS::Partition}:execute-api:" + region + ":${AWS::AccountId}:" + route;
    }

    private static String staticOrAny(Argument argument) {
        return argument.isStatic() ? argument.value() : "*";
    }
}
