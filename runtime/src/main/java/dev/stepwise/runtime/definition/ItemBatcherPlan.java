package dev.stepwise.runtime.definition;

import dev.stepwise.asl.data.PayloadTemplate;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;

/**
 * A Distributed Map's {@code ItemBatcher}: each child execution gets a batch {@code {"Items": [...]}} of up to
 * {@code MaxItemsPerBatch} items and {@code MaxInputBytesPerBatch} bytes, plus {@code BatchInput} when given.
 *
 * @param batchInput the JSONPath {@code BatchInput} template; {@code null} in JSONata or when absent
 * @param jsonataBatchInput the JSONata {@code BatchInput} template; {@code null} in JSONPath or when absent
 */
public record ItemBatcherPlan(
        NumberSetting maxItemsPerBatch,
        NumberSetting maxInputBytesPerBatch,
        PayloadTemplate batchInput,
        JsonataTemplate jsonataBatchInput) {
}
