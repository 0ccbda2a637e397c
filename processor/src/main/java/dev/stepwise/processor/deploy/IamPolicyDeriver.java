package dev.stepwise.processor.deploy;

import static dev.stepwise.processor.deploy.PolicyAccumulator.ANY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.processor.deploy.TaskArguments.Argument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Derives the least-privilege policy of a workflow's execution role from the resources its Task states call, the
 * way AWS CDK's task constructs grant them, plus the statements logging and tracing need.
 *
 * <p>A target named in the workflow is granted by its ARN, never {@code *}. When the target is chosen at run time
 * ({@code "QueueUrl.$"}, a JSONata expression), no ARN is known: the grant falls back to every resource of that
 * kind in the deploying stack's account and region (for example {@code arn:...:sqs:<region>:<account>:*}), or to
 * {@code *} where the service has no such scope. A target in another account or region then needs a given role.
 */
public final class IamPolicyDeriver {

    static final List<String> LOG_DELIVERY_ACTIONS = List.of(
            "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
            "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies",
            "logs:DescribeLogGroups");
    static final List<String> XRAY_ACTIONS = List.of(
            "xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets");
    /** The managed rule through which Step Functions learns that a child execution started with .sync finished. */
    static final String EXECUTION_EVENTS_RULE =
            TargetArns.inStack("events", "rule/StepFunctionsGetEventsForStepFunctionsExecutionRule");

    private static final Set<String> DYNAMODB_ITEM_ACTIONS = Set.of("getItem", "putItem", "updateItem", "deleteItem");

    public DerivedPolicy derive(DeploymentSpec spec) {
        Derivation derivation = new Derivation();
        spec.tasks().forEach(derivation::grant);
        if (spec.logging().enabled()) {
            derivation.grants.allow(LOG_DELIVERY_ACTIONS, List.of(ANY));
        }
        if (spec.tracing()) {
            derivation.grants.allow(XRAY_ACTIONS, List.of(ANY));
        }
        return new DerivedPolicy(derivation.grants.statements(), derivation.warnings);
    }

    /** The state of one derivation: the deriver itself keeps none. */
    private static final class Derivation {
        private final PolicyAccumulator grants = new PolicyAccumulator();
        private final List<String> warnings = new ArrayList<>();

        void grant(TaskResource task) {
            TaskResourceArn arn = TaskResourceArn.parse(task.resource());
            switch (arn.form()) {
                case LAMBDA_FUNCTION -> allow("lambda:InvokeFunction",
                        TargetArns.functionAndQualifiers(TargetArns.function(task.resource())));
                case ACTIVITY -> {
                    // workers poll the activity with their own credentials: the state machine's role needs nothing
                }
                case INTEGRATION -> integration(task, arn);
                case SDK_INTEGRATION -> sdkIntegration(task, arn);
                case UNRECOGNIZED -> warnUncovered(task);
            }
        }

        private void integration(TaskResource task, TaskResourceArn arn) {
            ObjectNode args = task.parameters();
            String action = arn.action();
            switch (arn.service() + ":" + action) {
                case "lambda:invoke" -> allow("lambda:InvokeFunction", functions(args));
                case "states:startExecution" -> startExecution(args, arn.mode());
                case "sqs:sendMessage" -> allow("sqs:SendMessage", queues(args));
                case "sns:publish" -> allow("sns:Publish", topics(args));
                case "events:putEvents" -> allow("events:PutEvents", eventBuses(args));
                default -> {
                    if (arn.service().equals("dynamodb") && DYNAMODB_ITEM_ACTIONS.contains(action)) {
                        allow("dynamodb:" + SdkIamActions.upperFirst(action), tables(args));
                    } else {
                        warnUncovered(task);
                    }
                }
            }
        }

        private void startExecution(ObjectNode args, TaskResourceArn.Mode mode) {
            Argument child = TaskArguments.read(args, "StateMachineArn");
            allow("states:StartExecution", stateMachines(args));
            if (mode.waitsForCompletion()) {
                String executions = child.isStatic()
                        ? TargetArns.executionsOf(child.value()).orElse(TargetArns.inStack("states", "execution:*"))
                        : TargetArns.inStack("states", "execution:*");
                grants.allow(List.of("states:DescribeExecution", "states:StopExecution"), List.of(executions));
                grants.allow(List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"),
                        List.of(EXECUTION_EVENTS_RULE));
            }
        }

        private void sdkIntegration(TaskResource task, TaskResourceArn arn) {
            ObjectNode args = task.parameters();
            String iamService = SdkIamActions.iamService(arn.service());
            List<String> resources = switch (iamService) {
                case "lambda" -> whenNamed(args, "FunctionName", this::functions);
                case "states" -> whenNamed(args, "StateMachineArn", this::stateMachines);
                case "sqs" -> whenNamed(args, "QueueUrl", this::queues);
                case "sns" -> whenNamed(args, "TopicArn", this::topics);
                case "dynamodb" -> whenNamed(args, "TableName", this::tables);
                case "events" -> args.has("Entries") || args.has("Entries.$") ? eventBuses(args)
                        : whenNamed(args, "EventBusName", a -> busByName(TaskArguments.read(a, "EventBusName")));
                case "s3" -> whenNamed(args, "Bucket", this::s3Objects);
                default -> List.of(ANY);
            };
            allow(SdkIamActions.iamAction(arn.service(), arn.action()), resources);
        }

        /** The target's resources when the call names one; calls that name none (list, describe-all) get {@code *}. */
        private static List<String> whenNamed(ObjectNode args, String name,
                                              Function<ObjectNode, List<String>> resources) {
            return TaskArguments.read(args, name).isAbsent() ? List.of(ANY) : resources.apply(args);
        }

        private List<String> functions(ObjectNode args) {
            Argument function = TaskArguments.read(args, "FunctionName");
            return function.isStatic()
                    ? TargetArns.functionAndQualifiers(TargetArns.function(function.value()))
                    : List.of(TargetArns.inStack("lambda", "function:*"));
        }

        private List<String> stateMachines(ObjectNode args) {
            Argument machine = TaskArguments.read(args, "StateMachineArn");
            return List.of(machine.isStatic() ? machine.value() : TargetArns.inStack("states", "stateMachine:*"));
        }

        private List<String> queues(ObjectNode args) {
            Argument url = TaskArguments.read(args, "QueueUrl");
            // a URL that is a placeholder as a whole cannot be taken apart at compile time: scope it like a dynamic one
            String fallback = TargetArns.inStack("sqs", "*");
            return List.of(url.isStatic() ? TargetArns.queue(url.value()).orElse(fallback) : fallback);
        }

        private List<String> topics(ObjectNode args) {
            Argument topic = TaskArguments.read(args, "TopicArn");
            Argument target = TaskArguments.read(args, "TargetArn");
            if (topic.isStatic()) {
                return List.of(topic.value());
            }
            if (target.isStatic()) {
                return List.of(target.value());
            }
            if (topic.isAbsent() && target.isAbsent()) {
                return List.of(ANY); // an SMS to a PhoneNumber: SNS has no resource to scope it to
            }
            return List.of(TargetArns.inStack("sns", "*"));
        }

        private List<String> tables(ObjectNode args) {
            Argument table = TaskArguments.read(args, "TableName");
            return List.of(table.isStatic() ? TargetArns.table(table.value())
                    : TargetArns.inStack("dynamodb", "table/*"));
        }

        /** Each entry's bus; an entry without EventBusName goes to the default bus. */
        private List<String> eventBuses(ObjectNode args) {
            JsonNode entries = args.get("Entries");
            if (entries == null || !entries.isArray()) {
                return List.of(TargetArns.inStack("events", "event-bus/*"));
            }
            List<String> buses = new ArrayList<>();
            for (JsonNode entry : entries) {
                buses.addAll(entry.isObject()
                        ? busByName(TaskArguments.read((ObjectNode) entry, "EventBusName"))
                        : List.of(TargetArns.inStack("events", "event-bus/*")));
            }
            return buses.isEmpty() ? List.of(TargetArns.eventBus("default")) : buses;
        }

        private static List<String> busByName(Argument bus) {
            if (bus.isStatic()) {
                return List.of(TargetArns.eventBus(bus.value()));
            }
            return List.of(bus.isAbsent() ? TargetArns.eventBus("default") : TargetArns.inStack("events", "event-bus/*"));
        }

        /** The object when Bucket and Key are known, every object of the bucket for a run-time key, else the bucket. */
        private List<String> s3Objects(ObjectNode args) {
            Argument bucket = TaskArguments.read(args, "Bucket");
            Argument key = TaskArguments.read(args, "Key");
            if (!bucket.isStatic()) {
                return List.of(TargetArns.s3("*", null));
            }
            if (key.isAbsent()) {
                return List.of(TargetArns.s3(bucket.value(), null));
            }
            return List.of(TargetArns.s3(bucket.value(), key.isStatic() ? key.value() : "*"));
        }

        private void allow(String action, List<String> resources) {
            grants.allow(List.of(action), resources);
        }

        private void warnUncovered(TaskResource task) {
            warnings.add("Task state '" + task.stateName() + "': no permission rule covers resource '"
                    + task.resource() + "', so the generated role does not allow this call; give the workflow an "
                    + "execution role that does");
        }
    }
}
