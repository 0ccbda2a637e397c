/**
 * Deployment side of the processor: a {@link dev.stepwise.processor.deploy.DeploymentSpec} (a pure-data projection
 * of one workflow) becomes a least-privilege IAM policy ({@link dev.stepwise.processor.deploy.IamPolicyDeriver}),
 * a CloudFormation template ({@link dev.stepwise.processor.deploy.CloudFormationTemplateWriter}) or a SAM template
 * ({@link dev.stepwise.processor.deploy.SamTemplateWriter}); {@link dev.stepwise.processor.deploy.DeploymentChecks}
 * finds the settings AWS would reject before anything is written.
 *
 * <p>Nothing here touches {@code javax.lang.model}: {@link dev.stepwise.processor.deploy.ModelProjection} maps the
 * processor's model to a spec, and the processor's {@code validate.DeploymentValidator} maps
 * {@link dev.stepwise.processor.deploy.DeploymentProblem}s back to diagnostics on the annotation.
 */
package dev.stepwise.processor.deploy;
