package dev.stepwise.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.mapruns.ChildExecution;
import dev.stepwise.runtime.mapruns.MapRun;
import dev.stepwise.runtime.mapruns.MapRunCompletedException;
import dev.stepwise.runtime.mapruns.MapRunCounts;
import dev.stepwise.runtime.mapruns.MapRunDescription;
import dev.stepwise.runtime.mapruns.MapRunUpdate;
import dev.stepwise.server.protocol.ApiException;
import dev.stepwise.server.protocol.Request;
import dev.stepwise.server.protocol.WireJson;
import java.util.List;

/**
 * DescribeMapRun, ListMapRuns, UpdateMapRun and ListExecutions by {@code mapRunArn}: the runtime's Map Runs in the
 * API model's shapes.
 */
final class MapRunOperations {

    private final LocalRuntime runtime;
    private final ExecutionOperations executions;

    MapRunOperations(LocalRuntime runtime, ExecutionOperations executions) {
        this.runtime = runtime;
        this.executions = executions;
    }

    ObjectNode describe(Request request) {
        MapRunDescription run = require(request.string("mapRunArn")).describe();
        ObjectNode json = WireJson.object().put("mapRunArn", run.mapRunArn()).put("executionArn", run.executionArn())
                .put("status", run.status().name());
        json.set("startDate", WireJson.timestamp(run.startDate()));
        if (run.stopDate() != null) {
            json.set("stopDate", WireJson.timestamp(run.stopDate()));
        }
        json.put("maxConcurrency", run.maxConcurrency())
                .put("toleratedFailurePercentage", (float) run.toleratedFailurePercentage())
                .put("toleratedFailureCount", run.toleratedFailureCount());
        json.set("itemCounts", counts(run.itemCounts()));
        json.set("executionCounts", counts(run.executionCounts()));
        json.put("redriveCount", run.redriveCount());
        if (run.redriveDate() != null) {
            json.set("redriveDate", WireJson.timestamp(run.redriveDate()));
        }
        return json;
    }

    private static ObjectNode counts(MapRunCounts counts) {
        return WireJson.object().put("pending", counts.pending()).put("running", counts.running())
                .put("succeeded", counts.succeeded()).put("failed", counts.failed())
                .put("timedOut", counts.timedOut()).put("aborted", counts.aborted()).put("total", counts.total())
                .put("resultsWritten", counts.resultsWritten());
    }

    ObjectNode list(Request request) {
        Execution execution = executions.require(request.string("executionArn"));
        Paging.Page<MapRun> page = Paging.page(execution.mapRuns(), request.maxResults(),
                request.optionalString("nextToken"), "map runs of " + execution.arn(), MapRun::arn);
        ObjectNode response = WireJson.object();
        ArrayNode items = response.putArray("mapRuns");
        for (MapRun run : page.items()) {
            MapRunDescription described = run.describe();
            ObjectNode item = items.addObject().put("executionArn", run.executionArn()).put("mapRunArn", run.arn())
                    .put("stateMachineArn", run.stateMachineArn());
            item.set("startDate", WireJson.timestamp(described.startDate()));
            if (described.stopDate() != null) {
                item.set("stopDate", WireJson.timestamp(described.stopDate()));
            }
        }
        if (page.nextToken() != null) {
            response.put("nextToken", page.nextToken());
        }
        return response;
    }

    ObjectNode update(Request request) {
        MapRun run = require(request.string("mapRunArn"));
        MapRunUpdate update = new MapRunUpdate(
                request.has("maxConcurrency") ? request.integer("maxConcurrency", 0) : null,
                request.optionalDecimal("toleratedFailurePercentage"),
                request.optionalLong("toleratedFailureCount"));
        try {
            run.update(update);
        } catch (MapRunCompletedException e) {
            throw ApiException.validation(e.getMessage()).with("reason", "CANNOT_UPDATE_COMPLETED_MAP_RUN");
        }
        return WireJson.object();
    }

    /** ListExecutions with a {@code mapRunArn}: the run's child workflow executions, newest first. */
    ObjectNode listExecutions(Request request) {
        if (request.has("stateMachineArn")) { // the API reference: "either a mapRunArn or a stateMachineArn, but not both"
            throw ApiException.validation("specify either a mapRunArn or a stateMachineArn, but not both");
        }
        MapRun run = require(request.string("mapRunArn"));
        String status = request.choice("statusFilter", null);
        String redrive = request.choice("redriveFilter", null);
        List<ChildExecution> found = run.childExecutions().stream()
                .filter(child -> status == null || child.status().name().equals(status))
                .filter(child -> redrive == null || (child.redriveCount() > 0) == redrive.equals("REDRIVEN"))
                .toList();
        Paging.Page<ChildExecution> page = Paging.page(found, request.maxResults(),
                request.optionalString("nextToken"), "executions of " + run.arn() + " " + status + " " + redrive,
                ChildExecution::executionArn);
        ObjectNode response = WireJson.object();
        ArrayNode items = response.putArray("executions");
        for (ChildExecution child : page.items()) {
            ObjectNode item = items.addObject().put("executionArn", child.executionArn())
                    .put("stateMachineArn", child.stateMachineArn()).put("name", child.name())
                    .put("status", child.status().name());
            item.set("startDate", WireJson.timestamp(child.startDate()));
            if (child.stopDate() != null) {
                item.set("stopDate", WireJson.timestamp(child.stopDate()));
            }
            // mapRunArn and itemCount: "returned only if mapRunArn was specified" (ExecutionListItem)
            item.put("mapRunArn", run.arn()).put("itemCount", child.itemCount())
                    .put("redriveCount", child.redriveCount());
            if (child.redriveDate() != null) {
                item.set("redriveDate", WireJson.timestamp(child.redriveDate()));
            }
        }
        if (page.nextToken() != null) {
            response.put("nextToken", page.nextToken());
        }
        return response;
    }

    /** The Map Run an ARN names; {@code ResourceNotFound} when no remembered execution started it. */
    private MapRun require(String text) {
        StatesArn.parse(text, "mapRun");
        return runtime.mapRun(text).orElseThrow(() -> ApiException.resourceNotFound(text));
    }
}
