package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.definition.ResultWriterPlan;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;
import dev.stepwise.runtime.task.TaskHandler;
import java.nio.charset.StandardCharsets;

/**
 * A Distributed Map's ResultWriter: the child executions' outcomes go to {@code <Prefix>/<map run id>/} as
 * {@code SUCCEEDED_0.json} and {@code FAILED_0.json} (when any failed within the tolerance) plus a
 * {@code manifest.json} listing them, each through an {@code s3:putObject} call {@code {Bucket, Key, Body}} to the
 * runtime's task handlers (by the Map state's name, then by Resource). With no handler registered the writes are
 * skipped: there is no S3 locally, but the state's result is still AWS's
 * {@code {"MapRunArn", "ResultWriterDetails": {"Bucket", "Key"}}}.
 */
final class ResultWriting {

    private final ExecutionRun run;

    ResultWriting(ExecutionRun run) {
        this.run = run;
    }

    /** One child execution's outcome, as the result files list it. */
    record Outcome(JsonNode input, JsonNode output, boolean failed) {
    }

    JsonNode write(ResultWriterPlan writer, String stateName, String mapRunArn, Outcome[] outcomes,
            StateScope scope) {
        JsonNode location = writer.arguments() != null ? writer.arguments().evaluate(scope.jsonata())
                : writer.parameters() == null ? Json.NODES.objectNode() : writer.parameters().evaluate(scope);
        String bucket = location.path("Bucket").asText("");
        String prefix = location.path("Prefix").asText("");
        String folder = (prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/")
                + mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1) + "/";
        TaskHandler handler = handler(stateName, writer.resource());
        ObjectNode files = Json.NODES.objectNode();
        files.putArray("FAILED");
        files.putArray("PENDING");
        files.putArray("SUCCEEDED");
        for (boolean failed : new boolean[] {false, true}) {
            ArrayNode body = Json.NODES.arrayNode();
            for (Outcome outcome : outcomes) {
                if (outcome.failed() == failed) {
                    body.add(entry(outcome));
                }
            }
            if (!body.isEmpty()) {
                String status = failed ? "FAILED" : "SUCCEEDED";
                String key = folder + status + "_0.json";
                String text = Json.write(body); // written once: the file's body and its size
                put(handler, bucket, key, text, stateName, writer.resource(), scope);
                ((ArrayNode) files.get(status)).addObject().put("Key", key)
                        .put("Size", text.getBytes(StandardCharsets.UTF_8).length);
            }
        }
        ObjectNode manifest = Json.NODES.objectNode().put("DestinationBucket", bucket).put("MapRunArn", mapRunArn);
        manifest.set("ResultFiles", files);
        String manifestKey = folder + "manifest.json";
        put(handler, bucket, manifestKey, Json.write(manifest), stateName, writer.resource(), scope);
        ObjectNode result = Json.NODES.objectNode().put("MapRunArn", mapRunArn);
        result.putObject("ResultWriterDetails").put("Bucket", bucket).put("Key", manifestKey);
        return result;
    }

    private static ObjectNode entry(Outcome outcome) {
        ObjectNode entry = Json.NODES.objectNode();
        entry.put("Input", Json.write(outcome.input()));
        entry.putObject("InputDetails").put("Included", true);
        if (outcome.failed()) {
            entry.put("Status", "FAILED");
            entry.put("Error", outcome.output().path("Error").asText(null));
            entry.put("Cause", outcome.output().path("Cause").asText(null));
        } else {
            entry.put("Status", "SUCCEEDED");
            entry.put("Output", Json.write(outcome.output()));
            entry.putObject("OutputDetails").put("Included", true);
        }
        return entry;
    }

    /** The registered putObject handler, or {@code null}: writing results needs no mock. */
    private TaskHandler handler(String stateName, String resource) {
        try {
            return run.handlers().findUnmocked(stateName, resource);
        } catch (StatesError none) {
            return null;
        }
    }

    /** Writes {@code text} to {@code key} through the handler; nothing without one. */
    private void put(TaskHandler handler, String bucket, String key, String text, String stateName,
            String resource, StateScope scope) {
        if (handler == null) {
            return;
        }
        ObjectNode request = Json.NODES.objectNode().put("Bucket", bucket).put("Key", key).put("Body", text);
        new MapServiceCall(stateName, resource, scope, run.clock())
                .invoke(handler, request, StatesErrors.RESULT_WRITER_FAILED);
    }
}
