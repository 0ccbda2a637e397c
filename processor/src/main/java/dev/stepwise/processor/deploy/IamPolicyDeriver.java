package dev.stepwise.processor.deploy;

import static dev.stepwise.processor.deploy.PolicyAccumulator.ANY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives the least-privilege policy of a workflow's execution role from the resources its Task states call, plus
 * the statements logging and tracing need. What each call needs is data ({@link IamMapping}: AWS's Service
 * Authorization Reference, the Step Functions guide and the iam-dataset SDK mapping); this class applies it.
 *
 * <p>A target named in the workflow is granted by its ARN, never {@code *}. When the target is chosen at run time
 * ({@code "QueueUrl.$"}, a JSONata expression), no ARN is known: the grant falls back to every resource of that
 * kind in the deploying stack's account and region (for example {@code arn:...:sqs:<region>:<account>:*}), or to
 * {@code *} where the service has no such scope. A target in another account or region then needs a given role.
 * A call the mapping does not list gets no grant and a warning.
 */
public final class IamPolicyDeriver {

    static final List<String> LOG_DELIVERY_ACTIONS = List.of(
            "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
            "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies",
            "logs:DescribeLogGroups");
    static final List<String> XRAY_ACTIONS = List.of(
            "xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets");

    private final IamMapping mapping = IamMapping.instance();

    public DerivedPolicy derive(DeploymentSpec spec) {
        Derivation derivation = new Derivation(spec);
        spec.tasks().forEach(derivation::grant);
        spec.mapStorage().forEach(derivation::grantMapStorage);
        if (spec.distributedMap()) {
            derivation.grantChildExecutions();
        }
        if (spec.logging().enabled()) {
            derivation.grants.allow(LOG_DELIVERY_ACTIONS, List.of(ANY));
        }
        if (spec.tracing()) {
            derivation.grants.allow(XRAY_ACTIONS, List.of(ANY));
        }
        List<PolicyStatement> statements = derivation.grants.statements();
        Alternatives.Used used = derivation.alternatives.usedBy(statements);
        return new DerivedPolicy(statements, derivation.warnings, used.expressions(), used.conditions());
    }

    /** The state of one derivation: the deriver itself keeps none. */
    private final class Derivation {
        private final DeploymentSpec spec;
        private final PolicyAccumulator grants = new PolicyAccumulator();
        private final Alternatives alternatives = new Alternatives();
        private final List<String> warnings = new ArrayList<>();

        Derivation(DeploymentSpec spec) {
            this.spec = spec;
        }

        void grant(TaskResource task) {
            if (task.assumesRole()) {
                // the assumed role makes the call and needs its permissions; this role only assumes it
                apply(task, task.credentials(), Optional.of(mapping.assumedRole()));
                return;
            }
            TaskResourceArn arn = TaskResourceArn.parse(task.resource());
            switch (arn.form()) {
                case LAMBDA_FUNCTION -> grants.allow(List.of("lambda:InvokeFunction"),
                        TargetArns.functionAndQualifiers(TargetArns.function(task.resource())));
                // a Task's Resource is an ARN, so the placeholder holds the function's ARN
                case PLACEHOLDER -> grants.allow(List.of("lambda:InvokeFunction"),
                        TargetArns.functionAndQualifiers(task.resource()));
                case ACTIVITY -> {
                    // workers poll the activity with their own credentials: the state machine's role needs nothing
                }
                case INTEGRATION -> {
                    if (HttpTaskGrants.covers(arn)) {
                        HttpTaskGrants.grant(task.arguments(), spec, grants);
                    } else {
                        apply(task, task.arguments(), mapping.optimized(arn.service(), arn.action(), arn.mode()));
                    }
                }
                case SDK_INTEGRATION -> apply(task, task.arguments(), mapping.sdk(arn.service(), arn.action()));
                case UNRECOGNIZED -> warnUncovered(task, "no permission rule covers resource");
            }
        }

        /** A Distributed Map's ItemReader or ResultWriter: the S3 access AWS's Distributed Map IAM page lists. */
        void grantMapStorage(TaskResource storage) {
            TaskResourceArn arn = TaskResourceArn.parse(storage.resource());
            apply(storage, storage.arguments(), mapping.mapStorage(arn.service(), arn.action()));
        }

        /**
         * A Distributed Map starts its children on the state machine itself and watches them: AWS's "IAM policies
         * for using Distributed Map states" grants {@code states:StartExecution} on the state machine and
         * {@code states:DescribeExecution}/{@code StopExecution} on {@code execution:<name>/*}.
         */
        void grantChildExecutions() {
            grants.allow(List.of("states:StartExecution"), List.of(OwnStateMachine.arn(spec)));
            grants.allow(List.of("states:DescribeExecution", "states:StopExecution"),
                    List.of(OwnStateMachine.mapRunExecutions(spec)));
        }

        /** The mapped grants, their resources and conditions built from {@code args}. */
        private void apply(TaskResource task, TaskArguments args, Optional<List<IamMapping.Grant>> mapped) {
            if (mapped.isEmpty()) {
                warnUncovered(task, "the IAM mapping has no entry for resource");
                return;
            }
            for (IamMapping.Grant grant : mapped.get()) {
                if (grant.when().isEmpty() || grant.when().stream().anyMatch(name -> passes(args, name))) {
                    List<String> resources = grant.resource().resources(args, grant.from(), alternatives);
                    if (!resources.isEmpty()) { // e.g. a role grant of a call that passes no role
                        grants.allow(grant.actions(), resources, condition(grant, args));
                    }
                }
            }
        }

        /**
         * The grant's condition with its argument slots filled. A key whose value names an argument chosen at run
         * time is left out: no value written at deployment could match it, and the grant is what the call needs.
         */
        private static Map<String, Map<String, List<String>>> condition(IamMapping.Grant grant, TaskArguments args) {
            Map<String, Map<String, List<String>>> condition = new LinkedHashMap<>();
            grant.condition().forEach((operator, keys) -> keys.forEach((key, templates) -> {
                List<String> values = new ArrayList<>();
                for (String template : templates) {
                    Optional<String> value = ArnTemplate.fillExactly(template, args);
                    if (value.isEmpty()) {
                        return;
                    }
                    values.add(value.get());
                }
                condition.computeIfAbsent(operator, name -> new LinkedHashMap<>()).put(key, values);
            }));
            return condition;
        }

        private static boolean passes(TaskArguments args, String name) {
            return !args.read(name).isAbsent();
        }

        private void warnUncovered(TaskResource task, String why) {
            warnings.add("Task state '" + task.stateName() + "': " + why + " '" + task.resource()
                    + "', so the generated role does not allow this call; give the workflow an execution role that does");
        }
    }
}
