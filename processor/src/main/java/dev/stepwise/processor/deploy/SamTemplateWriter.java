package dev.stepwise.processor.deploy;

import static dev.stepwise.processor.deploy.Intrinsics.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;

/**
 * Writes the SAM form of a workflow's template: one {@code AWS::Serverless::StateMachine} whose generated role gets
 * the derived statements as {@code Policies} (or which uses the given {@code Role}), with {@code AutoPublishAlias}
 * and {@code DeploymentPreference} when the workflow is published.
 *
 * <p>SAM can shift traffic gradually but has no fixed routing weights: a workflow published with weights gets an
 * explicit {@code AWS::StepFunctions::StateMachineVersion} and {@code StateMachineAlias} next to the SAM resource
 * instead (SAM keeps the resource's logical ID for the state machine it generates, so {@code Ref} reaches it), and
 * so does an alias whose name is not alphanumeric, from which SAM could not make the alias's logical ID. SAM's alias
 * has no description; the one given is carried by the explicit alias only.
 */
public final class SamTemplateWriter {

    static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
    /**
     * The tag SAM's transform adds to every state machine it creates and to the role it generates (value "SAM"; the
     * SAM translator's stepfunctions generator): it counts against the tag limit, and a workflow's own tag of that
     * key would be a second one of the same key.
     */
    static final String SAM_TAG_KEY = "stateMachine:createdBy";
    private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]+");

    private final IamPolicyDeriver policies;

    public SamTemplateWriter() {
        this(new IamPolicyDeriver());
    }

    public SamTemplateWriter(IamPolicyDeriver policies) {
        this.policies = policies;
    }

    /** The SAM template with the definition embedded. */
    public ObjectNode write(DeploymentSpec spec) {
        return write(spec, policies.derive(spec), null);
    }

    /**
     * The SAM template.
     *
     * @param policy        the derived policy
     * @param definitionUri where SAM reads the definition from (e.g. the generated {@code .asl.json}, relative to
     *                      the template), or {@code null} to embed the definition
     */
    public ObjectNode write(DeploymentSpec spec, DerivedPolicy policy, String definitionUri) {
        LogicalIds ids = LogicalIds.of(spec.stateMachineName());
        ObjectNode template = JSON.objectNode()
                .put("AWSTemplateFormatVersion", TemplateParts.FORMAT_VERSION)
                .put("Transform", SAM_TRANSFORM)
                .put("Description", TemplateParts.description(spec));
        template.set("Parameters", TemplateParts.parameters(spec, ids));
        ObjectNode conditions = TemplateParts.conditions(spec, policy);
        if (conditions != null) {
            template.set("Conditions", conditions);
        }
        ObjectNode resources = template.putObject("Resources");
        if (spec.generatesLogGroup()) {
            resources.set(ids.logGroup(), TemplateParts.logGroup(spec, ids));
        }
        resources.set(ids.stateMachine(), stateMachine(spec, policy, definitionUri, ids));
        boolean explicitAlias = explicitAlias(spec);
        if (explicitAlias) {
            resources.set(ids.version(), TemplateParts.version(spec, ids));
            resources.set(ids.alias(), TemplateParts.alias(spec, ids));
        }
        StatusRuleResources.add(spec, ids, resources);
        ObjectNode outputs = template.putObject("Outputs");
        outputs.set(ids.stateMachineArnOutput(),
                TemplateParts.output("ARN of state machine " + spec.stateMachineName(), Intrinsics.ref(ids.stateMachine())));
        if (spec.publish() != null) {
            String alias = spec.publish().alias();
            outputs.set(ids.versionArnOutput(), TemplateParts.output("ARN of the version this deployment published",
                    Intrinsics.ref(explicitAlias ? ids.version() : ids.samVersion())));
            outputs.set(ids.aliasArnOutput(), TemplateParts.output("ARN of alias " + alias,
                    Intrinsics.ref(explicitAlias ? ids.alias() : ids.samAlias(alias))));
        }
        return template;
    }

    /**
     * Whether the alias is written out instead of left to {@code AutoPublishAlias}: for fixed routing weights, which
     * SAM cannot express, and for an alias name that is not alphanumeric, since SAM builds the alias's logical ID
     * from it and refuses the template otherwise.
     */
    private static boolean explicitAlias(DeploymentSpec spec) {
        PublishSpec publish = spec.publish();
        return publish != null && (!publish.routing().isEmpty() || !ALPHANUMERIC.matcher(publish.alias()).matches());
    }

    private static ObjectNode stateMachine(DeploymentSpec spec, DerivedPolicy policy, String definitionUri,
                                           LogicalIds ids) {
        ObjectNode resource = JSON.objectNode().put("Type", "AWS::Serverless::StateMachine");
        TemplateParts.skipCfnLintDefinitionCheckIfNeeded(resource, spec.definition());
        ObjectNode properties = resource.putObject("Properties");
        properties.set("Name", TemplateParts.stateMachineName(ids));
        properties.put("Type", spec.type().name());
        if (definitionUri != null) {
            properties.put("DefinitionUri", definitionUri);
        } else {
            properties.set("Definition", spec.definition().deepCopy());
        }
        if (!spec.placeholders().isEmpty()) {
            properties.set("DefinitionSubstitutions", TemplateParts.definitionSubstitutions(spec));
        }
        if (!spec.generatesRole()) {
            properties.put("Role", spec.roleArn());
        } else if (!policy.statements().isEmpty()) {
            properties.putArray("Policies").add(TemplateParts.policyDocument(policy));
        }
        if (spec.logging().enabled()) {
            properties.set("Logging", TemplateParts.loggingConfiguration(spec, ids));
        }
        if (spec.tracing()) {
            properties.set("Tracing", TemplateParts.tracingConfiguration());
        }
        if (!spec.tags().isEmpty()) {
            ObjectNode tags = properties.putObject("Tags"); // SAM takes tags as a map, not CloudFormation's list
            spec.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
        }
        PublishSpec publish = spec.publish();
        if (publish != null && !explicitAlias(spec)) {
            properties.put("AutoPublishAlias", publish.alias());
            if (publish.preference() != null) {
                TemplateParts.putPreference(properties.putObject("DeploymentPreference"), publish.preference());
            }
        }
        return resource;
    }
}
