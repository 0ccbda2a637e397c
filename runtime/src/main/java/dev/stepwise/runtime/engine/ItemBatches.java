package dev.stepwise.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.definition.ItemBatcherPlan;
import dev.stepwise.asl.error.StatesErrors;
import java.nio.charset.StandardCharsets;

/**
 * A Distributed Map's ItemBatcher: groups the (selected) items in order into {@code {"Items": [...]}} inputs of at
 * most MaxItemsPerBatch items and MaxInputBytesPerBatch bytes (256 KiB when not set), each with the BatchInput
 * evaluated once for the state.
 */
final class ItemBatches {

    private static final long MOST_BYTES = 256 * 1024;

    private ItemBatches() {
    }

    static ArrayNode of(ItemBatcherPlan batcher, ArrayNode items, StateScope scope) {
        long perBatch = MapSettings.count(batcher.maxItemsPerBatch(), scope);
        long bytes = MapSettings.count(batcher.maxInputBytesPerBatch(), scope);
        if (perBatch < 0 || bytes < 0) {
            throw StatesErrors.runtime("ItemBatcher's MaxItemsPerBatch and MaxInputBytesPerBatch must be positive");
        }
        long maxItems = perBatch == 0 ? Long.MAX_VALUE : perBatch;
        long maxBytes = bytes == 0 ? MOST_BYTES : Math.min(bytes, MOST_BYTES);
        JsonNode batchInput = batchInput(batcher, scope);
        ArrayNode batches = Json.NODES.arrayNode();
        ArrayNode current = null;
        long currentBytes = 0;
        for (JsonNode item : items) {
            long size = Json.write(item).getBytes(StandardCharsets.UTF_8).length + 1L;
            if (current == null || current.size() >= maxItems || currentBytes + size > maxBytes) {
                current = batches.addObject().putArray("Items");
                if (batchInput != null) {
                    ((ObjectNode) batches.get(batches.size() - 1)).set("BatchInput", batchInput);
                }
                currentBytes = 0;
            }
            current.add(item);
            currentBytes += size;
        }
        return batches;
    }

    private static JsonNode batchInput(ItemBatcherPlan batcher, StateScope scope) {
        if (batcher.jsonataBatchInput() != null) {
            return batcher.jsonataBatchInput().evaluate(scope.jsonata());
        }
        return batcher.batchInput() == null ? null : batcher.batchInput().evaluate(scope);
    }
}
