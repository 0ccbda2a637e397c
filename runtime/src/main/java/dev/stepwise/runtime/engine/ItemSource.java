package dev.stepwise.runtime.engine;

import dev.stepwise.asl.FieldBound;
import dev.stepwise.asl.ItemReaderInputType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.definition.ItemReaderPlan;
import dev.stepwise.runtime.engine.items.ItemReaderFailures;
import dev.stepwise.runtime.engine.items.ObjectItems;
import dev.stepwise.runtime.engine.items.ObjectListing;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;
import dev.stepwise.runtime.task.TaskHandler;

/**
 * A Distributed Map's ItemReader at run time. The S3 call goes through the runtime's task handlers like any Task's
 * (by the Map state's name first, then by the reader's Resource), so a test mocks {@code arn:aws:states:::s3:getObject}
 * or {@code s3:listObjectsV2} as it mocks other integrations. A getObject handler answers the object's content as
 * text, as {@code {"Body": text}}, or (JSON only) as the parsed value; a listObjectsV2 handler answers a
 * ListObjectsV2 response, whose pages are followed through {@code ContinuationToken}.
 */
final class ItemSource {

    /** AWS reads at most this many items, whatever MaxItems (or MaxItemsPath) says. */
    private static final long MOST_ITEMS = FieldBound.ITEM_READER_MAX_ITEMS.maxLong();

    private final ExecutionRun run;

    ItemSource(ExecutionRun run) {
        this.run = run;
    }

    /** The items, inside the map run: reader failures are {@code States.ItemReaderFailed}. */
    ArrayNode read(ItemReaderPlan reader, String stateName, long limit, StateScope scope) {
        if (limit < 0) {
            throw ItemReaderFailures.failed("field MaxItems must be positive");
        }
        long cap = limit == 0 ? MOST_ITEMS : Math.min(limit, MOST_ITEMS);
        JsonNode request = request(reader, scope);
        TaskHandler handler = handler(stateName, reader.resource());
        MapServiceCall call = new MapServiceCall(stateName, reader.resource(), scope, run.clock());
        if (reader.listsObjects()) {
            return listed(handler, call, request, cap);
        }
        JsonNode answer = call.invoke(handler, request, StatesErrors.ITEM_READER_FAILED);
        if (reader.inputType() == ItemReaderInputType.JSON && !isText(answer)) {
            return ObjectItems.jsonArray(answer.has("Body") ? answer.get("Body") : answer, cap);
        }
        return ObjectItems.read(reader.inputType(), content(answer), reader.csvHeaders(), reader.csvDelimiter(), cap);
    }

    private TaskHandler handler(String stateName, String resource) {
        try {
            return run.handlers().find(stateName, resource);
        } catch (StatesError missing) {
            throw ItemReaderFailures.failed(missing.cause());
        }
    }

    private static JsonNode request(ItemReaderPlan reader, StateScope scope) {
        if (reader.arguments() != null) {
            return reader.arguments().evaluate(scope.jsonata());
        }
        return reader.parameters() == null ? Json.NODES.objectNode() : reader.parameters().evaluate(scope);
    }

    private static ArrayNode listed(TaskHandler handler, MapServiceCall call, JsonNode request, long cap) {
        ArrayNode items = Json.NODES.arrayNode();
        JsonNode page = request;
        while (true) {
            ObjectListing listing = ObjectListing.of(call.invoke(handler, page, StatesErrors.ITEM_READER_FAILED));
            for (JsonNode object : listing.contents()) {
                if (items.size() >= cap) {
                    return items;
                }
                items.add(object);
            }
            if (listing.continuationToken() == null) {
                return items;
            }
            ObjectNode next = request.isObject() ? ((ObjectNode) request).deepCopy() : Json.NODES.objectNode();
            next.put("ContinuationToken", listing.continuationToken());
            page = next;
        }
    }

    private static boolean isText(JsonNode answer) {
        return answer.isTextual() || answer.path("Body").isTextual();
    }

    private static String content(JsonNode answer) {
        if (isText(answer)) {
            return answer.isTextual() ? answer.textValue() : answer.get("Body").textValue();
        }
        throw ItemReaderFailures.failed("An s3:getObject answer must be the object's content as text or "
                + "{\"Body\": text}, not " + Json.write(answer));
    }
}
