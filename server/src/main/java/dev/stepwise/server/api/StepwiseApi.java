package dev.stepwise.server.api;

import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.server.protocol.Operation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The Step Functions API on one runtime: every served operation by its name, and the names not served. */
public final class StepwiseApi {

    /** Operations of the Step Functions API that the endpoint knows it does not serve. */
    private static final List<String> NOT_SERVED = List.of();

    /** AWS's GetActivityTask long poll. */
    public static final Duration ACTIVITY_LONG_POLL = Duration.ofSeconds(60);

    private final Map<String, Operation> operations = new LinkedHashMap<>();

    public StepwiseApi(LocalRuntime runtime) {
        this(runtime, ACTIVITY_LONG_POLL);
    }

    /** @param activityLongPoll how long GetActivityTask waits for a task when none is queued */
    public StepwiseApi(LocalRuntime runtime, Duration activityLongPoll) {
        Catalog catalog = new Catalog();
        VersionOperations versions = new VersionOperations(runtime, catalog);
        // tags belong to state machines and activities
        Tags tags = new Tags(catalog, arn -> catalog.find(arn) != null
                || runtime.activities().stream().anyMatch(activity -> activity.arn().equals(arn)));
        ActivityOperations activities = new ActivityOperations(runtime, catalog, tags, activityLongPoll);
        CallbackOperations callbacks = new CallbackOperations(runtime);
        ExecutionOperations executions = new ExecutionOperations(runtime, catalog);
        MapRunOperations mapRuns = new MapRunOperations(runtime, executions);
        StateMachineOperations machines = new StateMachineOperations(runtime, catalog, versions, tags, executions);

        operations.put("CreateStateMachine", machines::create);
        operations.put("DescribeStateMachine", machines::describe);
        operations.put("UpdateStateMachine", machines::update);
        operations.put("DeleteStateMachine", machines::delete);
        operations.put("ListStateMachines", machines::list);
        operations.put("ValidateStateMachineDefinition", machines::validate);
        operations.put("DescribeStateMachineForExecution", machines::describeForExecution);

        operations.put("StartExecution", executions::start);
        operations.put("StartSyncExecution", executions::startSync);
        operations.put("StopExecution", executions::stop);
        operations.put("DescribeExecution", executions::describe);
        operations.put("ListExecutions",
                request -> request.has("mapRunArn") ? mapRuns.listExecutions(request) : executions.list(request));
        operations.put("GetExecutionHistory", executions::history);
        operations.put("RedriveExecution", executions::redrive);

        operations.put("DescribeMapRun", mapRuns::describe);
        operations.put("ListMapRuns", mapRuns::list);
        operations.put("UpdateMapRun", mapRuns::update);

        operations.put("PublishStateMachineVersion", versions::publish);
        operations.put("ListStateMachineVersions", versions::list);
        operations.put("DeleteStateMachineVersion", versions::delete);
        operations.put("CreateStateMachineAlias", versions::createAlias);
        operations.put("DescribeStateMachineAlias", versions::describeAlias);
        operations.put("UpdateStateMachineAlias", versions::updateAlias);
        operations.put("DeleteStateMachineAlias", versions::deleteAlias);
        operations.put("ListStateMachineAliases", versions::listAliases);

        operations.put("SendTaskSuccess", callbacks::success);
        operations.put("SendTaskFailure", callbacks::failure);
        operations.put("SendTaskHeartbeat", callbacks::heartbeat);
        operations.put("CreateActivity", activities::create);
        operations.put("DescribeActivity", activities::describe);
        operations.put("DeleteActivity", activities::delete);
        operations.put("ListActivities", activities::list);
        operations.put("GetActivityTask", activities::getTask);

        operations.put("TagResource", tags::tag);
        operations.put("UntagResource", tags::untag);
        operations.put("ListTagsForResource", tags::list);

        operations.put("TestState", new TestStateOperation(runtime)::call);
    }

    /** The served operations by name. */
    public Map<String, Operation> operations() {
        return Map.copyOf(operations);
    }

    /** The operations of the Step Functions API that are not served (they answer UnknownOperationException). */
    public Set<String> notServed() {
        Set<String> names = new TreeSet<>(NOT_SERVED);
        names.removeAll(operations.keySet());
        return names;
    }
}
