package dev.stepwise.server.api;

import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.server.protocol.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The Step Functions API on one runtime: every served operation by its name, and the names not served. */
public final class StepwiseApi {

    /** Operations of the Step Functions API that the endpoint knows it does not serve. */
    private static final List<String> NOT_SERVED = List.of("DescribeMapRun", "ListMapRuns", "UpdateMapRun",
            "SendTaskSuccess", "SendTaskFailure", "SendTaskHeartbeat", "CreateActivity", "DescribeActivity",
            "DeleteActivity", "ListActivities", "GetActivityTask");

    private final Map<String, Operation> operations = new LinkedHashMap<>();

    public StepwiseApi(LocalRuntime runtime) {
        Catalog catalog = new Catalog();
        VersionOperations versions = new VersionOperations(runtime, catalog);
        Tags tags = new Tags(catalog, arn -> catalog.find(arn) != null);
        StateMachineOperations machines = new StateMachineOperations(runtime, catalog, versions, tags);
        ExecutionOperations executions = new ExecutionOperations(runtime, catalog, versions);

        operations.put("CreateStateMachine", machines::create);
        operations.put("DescribeStateMachine", machines::describe);
        operations.put("UpdateStateMachine", machines::update);
        operations.put("DeleteStateMachine", machines::delete);
        operations.put("ListStateMachines", machines::list);
        operations.put("ValidateStateMachineDefinition", machines::validate);
        operations.put("DescribeStateMachineForExecution", request -> machines.describeForExecution(request,
                executions.require(request.string("executionArn"))));

        operations.put("StartExecution", executions::start);
        operations.put("StartSyncExecution", executions::startSync);
        operations.put("StopExecution", executions::stop);
        operations.put("DescribeExecution", executions::describe);
        operations.put("ListExecutions", executions::list);
        operations.put("GetExecutionHistory", executions::history);
        operations.put("RedriveExecution", executions::redrive);

        operations.put("PublishStateMachineVersion", versions::publish);
        operations.put("ListStateMachineVersions", versions::list);
        operations.put("DeleteStateMachineVersion", versions::delete);
        operations.put("CreateStateMachineAlias", versions::createAlias);
        operations.put("DescribeStateMachineAlias", versions::describeAlias);
        operations.put("UpdateStateMachineAlias", versions::updateAlias);
        operations.put("DeleteStateMachineAlias", versions::deleteAlias);
        operations.put("ListStateMachineAliases", versions::listAliases);

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
