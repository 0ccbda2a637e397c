package dev.stepwise.runtime.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.executions.ExecutionDescription;
import dev.stepwise.runtime.executions.ExecutionRecord;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.mapruns.ChildExecution;
import dev.stepwise.runtime.mapruns.MapRun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The child workflow executions of an execution's Map Runs, for its report: a Distributed Map's item processor runs
 * in them, not in the parent's history, so without them its states showed as never reached even when every item
 * had gone through them (or failed in them). Per Map Run, as {@code report.js} reads it:
 * {@code {mapRunArn, childCount, children: [{name, executionArn, status, error, cause, events}]}}, children oldest
 * first, {@code events} absent for an Express child, which has no history.
 */
final class MapRunChildren {

    /**
     * The children a report holds per Map Run, those that did not succeed first: a run of ten thousand items would
     * make a report of hundreds of megabytes, and what went wrong is what a reader looks for.
     */
    static final int SHOWN = 25;

    private MapRunChildren() {
    }

    static ArrayNode of(Execution execution) {
        ArrayNode runs = Json.NODES.arrayNode();
        for (MapRun mapRun : execution.mapRuns()) {
            List<ChildExecution> children = mapRun.childExecutions();
            ObjectNode run = runs.addObject().put("mapRunArn", mapRun.arn()).put("childCount", children.size());
            ArrayNode shown = run.putArray("children");
            for (ChildExecution child : chosen(children)) {
                ExecutionRecord record = execution.childExecution(child.executionArn()).orElse(null);
                shown.add(describe(child, record));
            }
        }
        return runs;
    }

    /** Up to {@link #SHOWN}, unsuccessful first, then in the order they started. */
    static List<ChildExecution> chosen(List<ChildExecution> children) {
        List<ChildExecution> started = new ArrayList<>(children);
        started.sort(Comparator.comparing(ChildExecution::startDate, Comparator.nullsLast(Comparator.naturalOrder())));
        Set<ChildExecution> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        started.stream().sorted(Comparator.comparing(child -> child.status() == ExecutionStatus.SUCCEEDED))
                .limit(SHOWN).forEach(chosen::add);
        return started.stream().filter(chosen::contains).toList(); // in the order they started
    }

    private static ObjectNode describe(ChildExecution child, ExecutionRecord record) {
        ObjectNode json = Json.NODES.objectNode().put("name", child.name()).put("executionArn", child.executionArn())
                .put("status", child.status().name());
        if (record == null) {
            return json;
        }
        ExecutionDescription description = record.describe();
        json.put("status", description.status().name()).put("error", description.error())
                .put("cause", description.cause());
        if (record.hasHistory()) {
            ArrayNode events = json.putArray("events");
            record.fullHistory().stream().map(HistoryEvent::toJson).forEach(events::add);
        }
        return json;
    }
}
