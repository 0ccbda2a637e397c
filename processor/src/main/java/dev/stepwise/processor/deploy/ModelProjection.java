package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.processor.model.DistributedMap;
import dev.stepwise.processor.model.RawJson;
import dev.stepwise.processor.model.StateModel;
import dev.stepwise.processor.model.WorkflowModel;
import dev.stepwise.processor.model.WorkflowSettings;
import java.util.List;

/**
 * Projects a workflow model onto the deployment side: the settings as a {@link DeploymentSpec}, and every Task state
 * of the workflow, its Parallel branches and Map processors (depth first, in declaration order) as its tasks.
 *
 * @param spec  the deployment spec
 * @param tasks the Task states behind {@code spec.tasks()}, index for index, so a problem can point at its source
 */
public record ModelProjection(DeploymentSpec spec, List<StateModel.Task> tasks) {


    public ModelProjection {
        tasks = List.copyOf(tasks);
    }

    /** @param definition the tree the ASL writer made of this model: templates embed it as is */
    public static ModelProjection of(WorkflowModel model, ObjectNode definition) {
        WorkflowSettings settings = model.settings();
        DeploymentSpec.Builder builder = DeploymentSpec.builder(model.qualifiedClassName(), model.name(), definition)
                .type(StateMachineType.valueOf(settings.type()))
                .logging(logging(settings.logging()))
                .tracing(settings.tracing())
                .roleArn(settings.roleArn())
                .publish(publish(settings.publish()));
        settings.tags().forEach(tag -> builder.tag(tag.key(), tag.value()));
        settings.statusRules().forEach(rule -> builder.onStatusChange(new StatusChangeRule(rule.statuses(), rule.target())));
        builder.distributedMap(model.flow().allStates().stream()
                .anyMatch(state -> state instanceof StateModel.Map map && map.isDistributed()));
        model.flow().allStates().stream().filter(StateModel.Map.class::isInstance).map(StateModel.Map.class::cast)
                .forEach(map -> mapStorage(map, builder));
        List<StateModel.Task> tasks = model.flow().tasks();
        tasks.forEach(task -> builder.task(new TaskResource(task.name(), task.resource(),
                arguments(task.data().parameters()), arguments(task.credentials()))));
        return new ModelProjection(builder.build(), tasks);
    }

    /** An ItemReader reads, and a ResultWriter that exports writes, through their resource with their Parameters. */
    private static void mapStorage(StateModel.Map map, DeploymentSpec.Builder builder) {
        DistributedMap.Reader reader = map.distributed().reader();
        if (reader != null) {
            builder.mapStorage(new TaskResource(map.name(), reader.resource(), arguments(reader.parameters())));
        }
        DistributedMap.Writer writer = map.distributed().writer();
        if (writer != null && writer.exports()) {
            builder.mapStorage(new TaskResource(map.name(), DistributedMap.Writer.RESOURCE,
                    arguments(writer.parameters())));
        }
    }

    /**
     * Parameters, Arguments or Credentials. Arguments that are not a JSON object are one JSONata expression: every
     * argument is chosen at run time.
     */
    private static TaskArguments arguments(RawJson json) {
        if (json == null) {
            return TaskArguments.NONE;
        }
        return Json.parse(json.text()) instanceof ObjectNode object
                ? TaskArguments.of(object)
                : TaskArguments.CHOSEN_AT_RUN_TIME;
    }

    private static LoggingSpec logging(WorkflowSettings.Logging logging) {
        return logging == null ? LoggingSpec.OFF : new LoggingSpec(LoggingSpec.Level.valueOf(logging.level()),
                logging.includeExecutionData(), logging.logGroupArn());
    }

    /**
     * A written deployment type, percentage or interval makes a deployment preference, even where it makes no sense
     * (a percentage on ALL_AT_ONCE, a preference beside routing weights): the checks then say why.
     */
    private static PublishSpec publish(WorkflowSettings.Publish publish) {
        if (publish == null) {
            return null;
        }
        boolean preference = publish.deploymentSet() || !publish.deployment().equals("ALL_AT_ONCE")
                || publish.percentage() != null || publish.intervalMinutes() != null;
        List<PublishSpec.RoutingWeight> routing = publish.routing().stream()
                .map(route -> new PublishSpec.RoutingWeight(route.versionArn(), route.weight()))
                .toList();
        return new PublishSpec(publish.alias(), publish.description(), preference
                ? new PublishSpec.DeploymentPreference(PublishSpec.DeploymentPreference.Type.valueOf(publish.deployment()),
                        publish.percentage(), publish.intervalMinutes())
                : null, routing);
    }
}
