package dev.stepwise.processor.deploy;

import static dev.stepwise.processor.deploy.Intrinsics.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a plain CloudFormation template for one workflow: the state machine with its definition embedded, the
 * execution role when none is given (holding the derived least-privilege policy), a log group when logging is on
 * without one, and a version and alias when the workflow is published.
 *
 * <p>The result is a Jackson tree with keys in a fixed order, so its file ({@code JsonFile.TEMPLATE}) has the same
 * bytes on every run. Write only specs {@link DeploymentChecks} accepts: the writer does not check them again.
 */
public final class CloudFormationTemplateWriter {

    private final IamPolicyDeriver policies;

    public CloudFormationTemplateWriter() {
        this(new IamPolicyDeriver());
    }

    public CloudFormationTemplateWriter(IamPolicyDeriver policies) {
        this.policies = policies;
    }

    /** The template, deriving the role's policy from the spec. */
    public ObjectNode write(DeploymentSpec spec) {
        return write(spec, policies.derive(spec));
    }

    /** The template, with a policy already derived (so the caller can also report its warnings). */
    public ObjectNode write(DeploymentSpec spec, DerivedPolicy policy) {
        LogicalIds ids = LogicalIds.of(spec.stateMachineName());
        ObjectNode template = JSON.objectNode()
                .put("AWSTemplateFormatVersion", TemplateParts.FORMAT_VERSION)
                .put("Description", TemplateParts.description(spec));
        template.set("Parameters", TemplateParts.parameters(spec, ids));
        ObjectNode conditions = TemplateParts.conditions(spec, policy);
        if (conditions != null) {
            template.set("Conditions", conditions);
        }
        ObjectNode resources = template.putObject("Resources");
        if (spec.generatesRole()) {
            resources.set(ids.role(), role(spec, policy));
        }
        if (spec.generatesLogGroup()) {
            resources.set(ids.logGroup(), TemplateParts.logGroup(spec, ids));
        }
        resources.set(ids.stateMachine(), stateMachine(spec, ids));
        if (spec.publish() != null) {
            resources.set(ids.version(), TemplateParts.version(spec, ids));
            resources.set(ids.alias(), TemplateParts.alias(spec, ids));
        }
        StatusRuleResources.add(spec, ids, resources);
        ObjectNode outputs = template.putObject("Outputs");
        outputs.set(ids.stateMachineArnOutput(),
                TemplateParts.output("ARN of state machine " + spec.stateMachineName(), Intrinsics.ref(ids.stateMachine())));
        if (spec.publish() != null) {
            outputs.set(ids.versionArnOutput(),
                    TemplateParts.output("ARN of the version this deployment published", Intrinsics.ref(ids.version())));
            outputs.set(ids.aliasArnOutput(),
                    TemplateParts.output("ARN of alias " + spec.publish().alias(), Intrinsics.ref(ids.alias())));
        }
        return template;
    }

    private static ObjectNode stateMachine(DeploymentSpec spec, LogicalIds ids) {
        ObjectNode resource = JSON.objectNode().put("Type", "AWS::StepFunctions::StateMachine");
        TemplateParts.skipCfnLintDefinitionCheckIfNeeded(resource, spec.definition());
        ObjectNode properties = resource.putObject("Properties");
        properties.set("StateMachineName", TemplateParts.stateMachineName(ids));
        properties.put("StateMachineType", spec.type().name());
        properties.set("Definition", spec.definition().deepCopy());
        if (!spec.placeholders().isEmpty()) {
            properties.set("DefinitionSubstitutions", TemplateParts.definitionSubstitutions(spec));
        }
        properties.set("RoleArn", spec.generatesRole()
                ? Intrinsics.getAtt(ids.role(), "Arn")
                : JSON.textNode(spec.roleArn()));
        if (spec.logging().enabled()) {
            properties.set("LoggingConfiguration", TemplateParts.loggingConfiguration(spec, ids));
        }
        if (spec.tracing()) {
            properties.set("TracingConfiguration", TemplateParts.tracingConfiguration());
        }
        if (!spec.tags().isEmpty()) {
            ArrayNode tags = properties.putArray("Tags");
            spec.tags().forEach(tag -> tags.addObject().put("Key", tag.key()).put("Value", tag.value()));
        }
        return resource;
    }

    private static ObjectNode role(DeploymentSpec spec, DerivedPolicy policy) {
        ObjectNode resource = JSON.objectNode().put("Type", "AWS::IAM::Role");
        ObjectNode properties = resource.putObject("Properties");
        properties.set("AssumeRolePolicyDocument", TemplateParts.assumeRolePolicy());
        properties.put("Description", "Execution role of state machine " + spec.stateMachineName()
                + ": least privilege, derived from the resources it calls");
        // IAM rejects a policy without statements: a workflow that calls nothing gets a role without policies
        if (!policy.statements().isEmpty()) {
            properties.putArray("Policies").addObject()
                    .put("PolicyName", "StepwiseExecutionPolicy")
                    .set("PolicyDocument", TemplateParts.policyDocument(policy));
        }
        return resource;
    }
}
