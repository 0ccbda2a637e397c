package dev.stepwise.runtime.executions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.asl.data.Json;
import java.time.Duration;
import java.time.Instant;

/**
 * What StartSyncExecution returns for an Express execution that ran to its end.
 *
 * @param status SUCCEEDED, FAILED or TIMED_OUT
 */
public record SyncExecutionResult(
        String executionArn,
        String stateMachineArn,
        String name,
        Instant startDate,
        Instant stopDate,
        ExecutionStatus status,
        JsonNode input,
        JsonNode output,
        String error,
        String cause,
        BillingDetails billingDetails) {

    /**
     * What Express bills: the duration rounded up to the next 100 ms and memory in 64 MB steps (the local runtime
     * reports the smallest step, as it does not measure memory).
     */
    public record BillingDetails(long billedMemoryUsedInMB, long billedDurationInMilliseconds) {

        public static final long MEMORY_STEP_MB = 64;
        public static final long DURATION_STEP_MS = 100;

        public static BillingDetails of(Duration duration) {
            long millis = Math.max(1, duration.toMillis());
            long billed = (millis + DURATION_STEP_MS - 1) / DURATION_STEP_MS * DURATION_STEP_MS;
            return new BillingDetails(MEMORY_STEP_MB, billed);
        }
    }

    /** The StartSyncExecution response: input and output as JSON text, dates as ISO-8601. */
    public ObjectNode toJson() {
        ObjectNode json = ExecutionJson.common(executionArn, stateMachineArn, name, status, startDate, stopDate, input,
                output, error, cause);
        json.set("billingDetails", Json.NODES.objectNode()
                .put("billedMemoryUsedInMB", billingDetails.billedMemoryUsedInMB())
                .put("billedDurationInMilliseconds", billingDetails.billedDurationInMilliseconds()));
        return json;
    }
}
