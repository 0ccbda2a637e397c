package dev.stepwise.processor.deploy;

import static dev.stepwise.processor.deploy.Intrinsics.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The resources of the workflow's {@code @OnStatusChange} rules, the same in the CloudFormation and SAM templates:
 * per rule an {@code AWS::Events::Rule} matching this state machine's "Step Functions Execution Status Change" events
 * with those statuses, its target, and what lets EventBridge deliver to it. An SNS topic or SQS queue gets a
 * resource policy (which replaces any policy the topic or queue had: give those yours instead), a Lambda function a
 * permission, a state machine or event bus a role EventBridge assumes.
 */
final class StatusRuleResources {

    static final String EVENT_SOURCE = "aws.states";
    static final String DETAIL_TYPE = "Step Functions Execution Status Change";

    private StatusRuleResources() {
    }

    /** Adds every rule's resources to the template's Resources. Write only specs DeploymentChecks accepts. */
    static void add(DeploymentSpec spec, LogicalIds ids, ObjectNode resources) {
        List<StatusChangeRule> rules = spec.statusRules();
        for (int index = 0; index < rules.size(); index++) {
            StatusChangeRule rule = rules.get(index);
            StatusTargets target = StatusTargets.of(rule.target()).orElseThrow();
            String id = ids.statusRule(index);
            ObjectNode resource = resources.putObject(id).put("Type", "AWS::Events::Rule");
            ObjectNode properties = resource.putObject("Properties")
                    .put("Description", "Status changes (" + String.join(", ", rule.statuses()) + ") of state machine "
                            + spec.stateMachineName() + " to " + target.service());
            ObjectNode pattern = properties.putObject("EventPattern");
            pattern.putArray("source").add(EVENT_SOURCE);
            pattern.putArray("detail-type").add(DETAIL_TYPE);
            ObjectNode detail = pattern.putObject("detail");
            ArrayNode statuses = detail.putArray("status");
            rule.statuses().forEach(statuses::add);
            detail.putArray("stateMachineArn").add(Intrinsics.ref(ids.stateMachine()));
            properties.put("State", "ENABLED");
            ObjectNode entry = properties.putArray("Targets").addObject().put("Id", "Target");
            entry.set("Arn", target.arnValue());
            switch (target.service()) {
                case "sns" -> resources.set(id + "Permission", topicPolicy(target, id));
                case "sqs" -> resources.set(id + "Permission", queuePolicy(target, id));
                case "lambda" -> resources.set(id + "Permission", lambdaPermission(target, id));
                default -> {
                    resources.set(id + "Role", deliveryRole(target, spec));
                    entry.set("RoleArn", Intrinsics.getAtt(id + "Role", "Arn"));
                }
            }
        }
    }

    private static ObjectNode topicPolicy(StatusTargets target, String ruleId) {
        ObjectNode resource = JSON.objectNode().put("Type", "AWS::SNS::TopicPolicy");
        ObjectNode properties = resource.putObject("Properties");
        properties.putArray("Topics").add(target.arnValue());
        properties.set("PolicyDocument", deliveryPolicy("sns:Publish", target, ruleId));
        return resource;
    }

    private static ObjectNode queuePolicy(StatusTargets target, String ruleId) {
        ObjectNode resource = JSON.objectNode().put("Type", "AWS::SQS::QueuePolicy");
        ObjectNode properties = resource.putObject("Properties");
        properties.putArray("Queues").add(Intrinsics.substituted(target.queueUrl()));
        properties.set("PolicyDocument", deliveryPolicy("sqs:SendMessage", target, ruleId));
        return resource;
    }

    /** Allows EventBridge, for this rule only, to call the target. */
    private static ObjectNode deliveryPolicy(String action, StatusTargets target, String ruleId) {
        ObjectNode document = JSON.objectNode().put("Version", TemplateParts.POLICY_VERSION);
        ObjectNode statement = document.putArray("Statement").addObject().put("Effect", "Allow");
        statement.putObject("Principal").put("Service", "events.amazonaws.com");
        statement.put("Action", action).set("Resource", target.arnValue());
        statement.putObject("Condition").putObject("ArnEquals").set("aws:SourceArn", Intrinsics.getAtt(ruleId, "Arn"));
        return document;
    }

    private static ObjectNode lambdaPermission(StatusTargets target, String ruleId) {
        ObjectNode resource = JSON.objectNode().put("Type", "AWS::Lambda::Permission");
        ObjectNode properties = resource.putObject("Properties").put("Action", "lambda:InvokeFunction");
        properties.set("FunctionName", target.arnValue());
        properties.put("Principal", "events.amazonaws.com");
        properties.set("SourceArn", Intrinsics.getAtt(ruleId, "Arn"));
        return resource;
    }

    private static ObjectNode deliveryRole(StatusTargets target, DeploymentSpec spec) {
        ObjectNode resource = JSON.objectNode().put("Type", "AWS::IAM::Role");
        ObjectNode properties = resource.putObject("Properties");
        ObjectNode trust = JSON.objectNode().put("Version", TemplateParts.POLICY_VERSION);
        ObjectNode assume = trust.putArray("Statement").addObject().put("Effect", "Allow");
        assume.putObject("Principal").put("Service", "events.amazonaws.com");
        assume.put("Action", "sts:AssumeRole");
        properties.set("AssumeRolePolicyDocument", trust);
        properties.put("Description", "Lets EventBridge deliver status changes of state machine "
                + spec.stateMachineName() + " to " + target.service());
        String action = target.service().equals("states") ? "states:StartExecution" : "events:PutEvents";
        properties.putArray("Policies").addObject()
                .put("PolicyName", "StepwiseStatusDelivery")
                .set("PolicyDocument", TemplateParts.policyDocument(new DerivedPolicy(
                        List.of(new PolicyStatement(List.of(action), List.of(target.arn()))), List.of())));
        return resource;
    }
}
