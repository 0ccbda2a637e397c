package dev.stepwise.runtime.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.ExecutionStatus;
import java.time.Instant;

/**
 * What DescribeExecution reports about one execution.
 *
 * @param stopDate {@code null} while running
 * @param output {@code null} unless SUCCEEDED
 * @param redriveDate when the latest redrive started, or {@code null}
 * @param versionArn the version the execution runs when started through a version or alias, else {@code null}
 * @param aliasArn the alias it was started through, else {@code null}
 * @param mapRunArn the Map Run that dispatched it (a child workflow execution), else {@code null}
 */
public record ExecutionDescription(
        String executionArn,
        String stateMachineArn,
        String name,
        ExecutionStatus status,
        Instant startDate,
        Instant stopDate,
        JsonNode input,
        JsonNode output,
        String error,
        String cause,
        int redriveCount,
        Instant redriveDate,
        String versionArn,
        String aliasArn,
        String mapRunArn) {

    /** The DescribeExecution response: input and output as JSON text, dates as ISO-8601. */
    public ObjectNode toJson() {
        ObjectNode json = ExecutionJson.common(executionArn, stateMachineArn, name, status, startDate, stopDate, input,
                output, error, cause);
        json.put("redriveCount", redriveCount);
        if (redriveDate != null) {
            json.put("redriveDate", redriveDate.toString());
        }
        if (versionArn != null) {
            json.put("stateMachineVersionArn", versionArn);
        }
        if (aliasArn != null) {
            json.put("stateMachineAliasArn", aliasArn);
        }
        if (mapRunArn != null) {
            json.put("mapRunArn", mapRunArn);
        }
        return json;
    }
}
