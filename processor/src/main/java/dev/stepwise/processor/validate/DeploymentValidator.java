package dev.stepwise.processor.validate;

import dev.stepwise.processor.deploy.DeploymentChecks;
import dev.stepwise.processor.deploy.DeploymentProblem;
import dev.stepwise.processor.deploy.DeploymentSpec;
import dev.stepwise.processor.deploy.DerivedPolicy;
import dev.stepwise.processor.deploy.ModelProjection;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problem;
import dev.stepwise.processor.diag.Sites;
import dev.stepwise.processor.diag.Where;
import dev.stepwise.processor.model.StateModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports what {@link DeploymentChecks} finds, each problem on the annotation and attribute it is about, and the
 * derived policy's warnings on the workflow class. The rules themselves live in {@code DeploymentChecks} only.
 */
public final class DeploymentValidator {

    private DeploymentValidator() {
    }

    /** @param policy the role's derived policy; its warnings count only when the template generates the role */
    public static ValidationReport validate(ModelProjection projection, DerivedPolicy policy, Sites sites) {
        DeploymentSpec spec = projection.spec();
        Where workflow = Where.type(spec.qualifiedName());
        List<Problem> problems = new ArrayList<>();
        for (DeploymentProblem problem : DeploymentChecks.check(spec)) {
            problems.add(Problem.of(message(problem.kind()), where(problem, projection, workflow, sites),
                    problem.message()));
        }
        if (spec.generatesRole()) {
            policy.warnings().forEach(warning ->
                    problems.add(Problem.of(Message.UNCOVERED_PERMISSION, workflow.on("Workflow"), warning)));
            int size = policy.documentCharacters();
            if (size > DerivedPolicy.INLINE_POLICY_LIMIT) {
                problems.add(Problem.of(Message.POLICY_TOO_LARGE, workflow.on("Workflow"), size,
                        DerivedPolicy.INLINE_POLICY_LIMIT));
            }
        }
        return new ValidationReport(problems);
    }

    private static Where where(DeploymentProblem problem, ModelProjection projection, Where workflow, Sites sites) {
        int index = problem.index();
        return switch (problem.kind()) {
            case STATE_MACHINE_NAME -> workflow.on("Workflow", "name");
            case TOO_MANY_TAGS, TAG_CHARACTERS -> workflow.on("Tag", index, null);
            case TAG_KEY_LENGTH, TAG_KEY_RESERVED, DUPLICATE_TAG_KEY -> workflow.on("Tag", index, "key");
            case TAG_VALUE_LENGTH -> workflow.on("Tag", index, "value");
            case LOG_GROUP_ARN -> workflow.on("Logging", "logGroup");
            case ROLE_ARN -> workflow.on("ExecutionRole", "value");
            case ALIAS_NAME -> workflow.on("Publish", "alias");
            case ALIAS_DESCRIPTION -> workflow.on("Publish", "description");
            case DEPLOYMENT_PERCENTAGE -> workflow.on("Publish", "percentage");
            case DEPLOYMENT_INTERVAL -> workflow.on("Publish", "intervalMinutes");
            case ALL_AT_ONCE_INCREMENTS -> workflow.on("Publish",
                    projection.spec().publish().preference().percentage() != null ? "percentage" : "intervalMinutes");
            case GRADUAL_WITH_ROUTING, ROUTING_WEIGHT_RANGE, ROUTING_WEIGHTS_SUM, ROUTING_VERSIONS ->
                    workflow.on("Publish", "routing");
            case PLACEHOLDER_NAME -> index < 0 ? workflow.on("Workflow") : taskSite(projection.tasks().get(index), sites);
            case STATUS_TARGET -> workflow.on("OnStatusChange", index, "target");
            case STATUS_NONE -> workflow.on("OnStatusChange", index, "statuses");
            case STATUS_EXPRESS -> workflow.on("OnStatusChange", index, null);
        };
    }

    private static Where taskSite(StateModel.Task task, Sites sites) {
        return sites.of(task).on("Task", task.resource().contains("${") ? "resource" : null);
    }

    private static Message message(DeploymentProblem.Kind kind) {
        return switch (kind) {
            case STATE_MACHINE_NAME -> Message.STATE_MACHINE_NAME;
            case TOO_MANY_TAGS -> Message.TOO_MANY_TAGS;
            case TAG_KEY_LENGTH -> Message.TAG_KEY_LENGTH;
            case TAG_KEY_RESERVED -> Message.TAG_KEY_RESERVED;
            case TAG_VALUE_LENGTH -> Message.TAG_VALUE_LENGTH;
            case TAG_CHARACTERS -> Message.TAG_CHARACTERS;
            case DUPLICATE_TAG_KEY -> Message.DUPLICATE_TAG_KEY;
            case LOG_GROUP_ARN -> Message.LOG_GROUP_ARN;
            case ROLE_ARN -> Message.ROLE_ARN;
            case ALIAS_NAME -> Message.ALIAS_NAME;
            case ALIAS_DESCRIPTION -> Message.ALIAS_DESCRIPTION;
            case DEPLOYMENT_PERCENTAGE -> Message.DEPLOYMENT_PERCENTAGE;
            case DEPLOYMENT_INTERVAL -> Message.DEPLOYMENT_INTERVAL;
            case ALL_AT_ONCE_INCREMENTS -> Message.ALL_AT_ONCE_INCREMENTS;
            case GRADUAL_WITH_ROUTING -> Message.GRADUAL_WITH_ROUTING;
            case ROUTING_WEIGHT_RANGE -> Message.ROUTING_WEIGHT_RANGE;
            case ROUTING_WEIGHTS_SUM -> Message.ROUTING_WEIGHTS_SUM;
            case ROUTING_VERSIONS -> Message.ROUTING_VERSIONS;
            case PLACEHOLDER_NAME -> Message.PLACEHOLDER_NAME;
            case STATUS_TARGET -> Message.STATUS_TARGET;
            case STATUS_NONE -> Message.STATUS_NONE;
            case STATUS_EXPRESS -> Message.STATUS_EXPRESS;
        };
    }
}
