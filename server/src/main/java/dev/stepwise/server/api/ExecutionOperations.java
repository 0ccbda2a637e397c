package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.executions.SyncExecutionResult;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.runtime.executions.ExecutionDescription;
import dev.stepwise.runtime.executions.ExecutionRecord;
import dev.stepwise.runtime.executions.RedriveStatus;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.history.HistoryPage;
import dev.stepwise.runtime.history.HistoryQuery;
import dev.stepwise.runtime.history.InvalidTokenException;
import dev.stepwise.server.protocol.ApiException;
import dev.stepwise.server.protocol.Request;
import dev.stepwise.server.protocol.WireJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * StartExecution, StartSyncExecution, StopExecution, DescribeExecution, ListExecutions, GetExecutionHistory and
 * RedriveExecution, on the runtime's executions.
 */
final class ExecutionOperations {

    /** How long StopExecution waits for the stopped execution to record its end (it normally takes microseconds). */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final LocalRuntime runtime;
    private final Catalog catalog;
    private final RedriveTokens redriveTokens = new RedriveTokens();

    ExecutionOperations(LocalRuntime runtime, Catalog catalog) {
        this.runtime = runtime;
        this.catalog = catalog;
    }

    ObjectNode start(Request request) {
        Execution execution = begin(request);
        ObjectNode response = WireJson.object().put("executionArn", execution.arn());
        response.set("startDate", WireJson.timestamp(execution.startDate()));
        return response;
    }

    ObjectNode startSync(Request request) {
        StatesArn arn = StatesArn.parse(request.string("stateMachineArn"), "stateMachine");
        if (arn.qualifier() != null) { // as on AWS, synchronous starts take the state machine itself
            throw ApiException.invalidArn(arn.text());
        }
        StateMachine machine = catalog.require(arn.text()).current().machine();
        SyncExecutionResult result;
        try {
            result = runtime.startSync(machine, name(request), input(request));
        } catch (ApiRefusedException e) {
            throw Refusals.of(e);
        }
        ObjectNode response = WireJson.epochDates(result.toJson(), "startDate", "stopDate");
        String traceHeader = request.optionalString("traceHeader");
        if (traceHeader != null) { // AWS's output member: "the X-Ray trace header that was passed to the execution"
            response.put("traceHeader", traceHeader);
        }
        return withoutData(response, request);
    }

    private Execution begin(Request request) {
        StartTarget target = StartTarget.resolve(request.string("stateMachineArn"), catalog);
        return target.start(runtime, name(request), input(request));
    }

    private static String name(Request request) {
        String name = request.optionalString("name");
        return name == null ? null : Names.check(name);
    }

    private static JsonNode input(Request request) {
        return request.jsonText("input", "InvalidExecutionInput");
    }

    ObjectNode describe(Request request) {
        ExecutionRecord execution = requireRecord(request.string("executionArn"));
        ObjectNode json = execution.describe().toJson();
        WireJson.epochDates(json, "startDate", "stopDate", "redriveDate");
        RedriveStatus redrive = execution.redriveStatus();
        json.put("redriveStatus", redrive.status());
        if (redrive.reason() != null) {
            json.put("redriveStatusReason", redrive.reason());
        }
        return withoutData(json, request);
    }

    /** {@code includedData: METADATA_ONLY} leaves out input and output. */
    private static ObjectNode withoutData(ObjectNode json, Request request) {
        if (request.choice("includedData", "ALL_DATA").equals("METADATA_ONLY")) {
            json.remove(List.of("input", "inputDetails", "output", "outputDetails"));
        }
        return json;
    }

    ObjectNode stop(Request request) {
        Execution execution = require(request.string("executionArn"));
        execution.stop(request.optionalString("error"), request.optionalString("cause"));
        execution.await(STOP_GRACE);
        ExecutionDescription description = execution.describe();
        return WireJson.object().set("stopDate", WireJson.timestamp(description.stopDate() != null
                ? description.stopDate() : runtime.clock().now()));
    }

    ObjectNode redrive(Request request) {
        Execution execution = require(request.string("executionArn"));
        Instant redriveDate = redriveTokens.redrive(execution.arn(), request.optionalString("clientToken"),
                runtime.clock().now(), () -> {
                    try {
                        execution.redrive();
                    } catch (ApiRefusedException e) {
                        throw Refusals.of(e);
                    }
                    return execution.describe().redriveDate();
                });
        return WireJson.object().set("redriveDate", WireJson.timestamp(redriveDate));
    }

    ObjectNode history(Request request) {
        String arn = request.string("executionArn");
        ExecutionRecord execution = requireRecord(arn);
        if (!execution.hasHistory()) { // an Express child: GetExecutionHistory takes no Express execution
            throw ApiException.invalidArn(arn);
        }
        HistoryQuery query = new HistoryQuery(request.maxResults(), request.bool("reverseOrder", false),
                request.optionalString("nextToken"), request.bool("includeExecutionData", true));
        HistoryPage page;
        try {
            page = execution.history(query);
        } catch (InvalidTokenException e) {
            throw new ApiException("InvalidToken", e.getMessage());
        }
        ObjectNode response = WireJson.object();
        ArrayNode events = response.putArray("events");
        for (HistoryEvent event : page.events()) {
            events.add(WireJson.epochDates(event.toJson(), "timestamp"));
        }
        if (page.nextToken() != null) {
            response.put("nextToken", page.nextToken());
        }
        return response;
    }

    /** ListExecutions of a state machine (a Map Run's are {@link MapRunOperations#listExecutions}). */
    ObjectNode list(Request request) {
        StatesArn arn = StatesArn.parse(request.string("stateMachineArn"), "stateMachine");
        MachineEntry entry = catalog.require(arn.unqualified());
        if (entry.current().machine().type() == StateMachineType.EXPRESS) {
            throw new ApiException("StateMachineTypeNotSupported", "This operation is not supported by this type "
                    + "of state machine");
        }
        String status = request.choice("statusFilter", null);
        if ("PENDING_REDRIVE".equals(status)) { // the API model: only a map run's child executions are pending one
            throw ApiException.validation("Value 'PENDING_REDRIVE' at 'statusFilter' failed to satisfy constraint: "
                    + "PENDING_REDRIVE lists the child executions of a map run (mapRunArn), not of a state machine");
        }
        String redrive = request.choice("redriveFilter", null);
        List<ExecutionDescription> found = runtime.executions(entry.current().machine(),
                status == null ? null : ExecutionStatus.valueOf(status)).stream().map(Execution::describe)
                        .filter(d -> !arn.isVersion() || arn.text().equals(d.versionArn()))
                        .filter(d -> !arn.isAlias() || arn.text().equals(d.aliasArn()))
                        .filter(d -> redrive == null || (d.redriveCount() > 0) == redrive.equals("REDRIVEN"))
                        .toList();
        Paging.Page<ExecutionDescription> page = Paging.page(found, request.maxResults(),
                request.optionalString("nextToken"), "executions of " + arn.text() + " " + status + " " + redrive,
                ExecutionDescription::executionArn);
        ObjectNode response = WireJson.object();
        ArrayNode items = response.putArray("executions");
        for (ExecutionDescription execution : page.items()) {
            ObjectNode item = items.addObject().put("executionArn", execution.executionArn())
                    .put("stateMachineArn", execution.stateMachineArn()).put("name", execution.name())
                    .put("status", execution.status().name());
            item.set("startDate", WireJson.timestamp(execution.startDate()));
            if (execution.stopDate() != null) {
                item.set("stopDate", WireJson.timestamp(execution.stopDate()));
            }
            if (execution.versionArn() != null) {
                item.put("stateMachineVersionArn", execution.versionArn());
            }
            if (execution.aliasArn() != null) {
                item.put("stateMachineAliasArn", execution.aliasArn());
            }
            item.put("redriveCount", execution.redriveCount());
            if (execution.redriveDate() != null) {
                item.set("redriveDate", WireJson.timestamp(execution.redriveDate()));
            }
        }
        if (page.nextToken() != null) {
            response.put("nextToken", page.nextToken());
        }
        return response;
    }

    /**
     * The Standard execution an ARN names; {@code ExecutionDoesNotExist} when the runtime does not know (or forgot)
     * it. An Express execution's ARN ({@code express:...}) is of a type these operations do not take: AWS answers
     * DescribeExecution, StopExecution and GetExecutionHistory with {@code InvalidArn} (LocalStack's AWS-validated
     * test_sfn_api_express snapshot), and its API reference says the same operations and RedriveExecution and
     * DescribeStateMachineForExecution do not support Express executions.
     */
    Execution require(String text) {
        StatesArn.parse(text, "execution");
        return runtime.execution(text).orElseThrow(() -> doesNotExist(text));
    }

    /**
     * What DescribeExecution and GetExecutionHistory read: a Standard execution as {@link #require} finds it, or a
     * child workflow execution a remembered execution's Distributed Map dispatched (which AWS describes, Express
     * ones too: DescribeExecution's API reference).
     */
    private ExecutionRecord requireRecord(String text) {
        StatesArn.parse(text, "execution");
        return runtime.executionRecord(text).orElseThrow(() -> doesNotExist(text));
    }

    private static ApiException doesNotExist(String arn) {
        return new ApiException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }
}
