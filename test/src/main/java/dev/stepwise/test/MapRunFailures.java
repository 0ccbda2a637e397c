package dev.stepwise.test;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.executions.ExecutionDescription;
import dev.stepwise.runtime.executions.ExecutionRecord;
import dev.stepwise.runtime.mapruns.ChildExecution;
import dev.stepwise.runtime.mapruns.MapRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The child workflow executions of an execution's Map Runs that did not succeed, as a failure report shows them:
 * the parent's history says only that its Map Run failed, and the children are no executions the kit recorded. Each
 * one's status, error and cause (what DescribeExecution gives), and a Standard child's history as a table; an Express
 * child has none, as on AWS.
 */
final class MapRunFailures {

    /** The children listed per Map Run: a run of thousands of failed items needs a few to show what went wrong. */
    static final int SHOWN = 5;

    private MapRunFailures() {
    }

    /** The text for every Map Run of {@code execution} with children that did not succeed; empty when none has. */
    static String of(Execution execution) {
        StringBuilder text = new StringBuilder();
        for (MapRun mapRun : execution.mapRuns()) {
            List<ChildExecution> children = mapRun.childExecutions();
            List<ChildExecution> unsuccessful = new ArrayList<>();
            // childExecutions() lists the newest first: the report lists them as they started
            for (int i = children.size() - 1; i >= 0; i--) {
                ExecutionStatus status = children.get(i).status();
                if (status != ExecutionStatus.SUCCEEDED && status != ExecutionStatus.RUNNING) {
                    unsuccessful.add(children.get(i));
                }
            }
            if (unsuccessful.isEmpty()) {
                continue;
            }
            text.append("Map Run ").append(mapRun.arn()).append(": ").append(unsuccessful.size()).append(" of ")
                    .append(children.size()).append(" child executions started did not succeed\n");
            unsuccessful.stream().limit(SHOWN).forEach(child -> describe(execution, child, text));
            if (unsuccessful.size() > SHOWN) {
                text.append("  and ").append(unsuccessful.size() - SHOWN).append(" more\n");
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void describe(Execution execution, ChildExecution child, StringBuilder text) {
        ExecutionRecord record = execution.childExecution(child.executionArn()).orElse(null);
        ExecutionDescription description = record == null ? null : record.describe();
        text.append("  ").append(child.name()).append("  ").append(child.status());
        if (description != null && description.error() != null) {
            text.append("  ").append(description.error());
        }
        if (description != null && description.cause() != null && !description.cause().isEmpty()) {
            text.append(": ").append(ExecutionPath.shorten(description.cause()));
        }
        text.append('\n');
        if (record != null && record.hasHistory()) {
            HistoryTable.format(record.fullHistory()).lines().forEach(line -> text.append("    ").append(line).append('\n'));
        }
    }
}
