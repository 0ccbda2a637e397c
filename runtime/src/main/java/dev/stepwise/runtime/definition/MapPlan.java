package dev.stepwise.runtime.definition;

import dev.stepwise.asl.data.PayloadTemplate;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;
import dev.stepwise.asl.data.path.Path;

/**
 * A Map state. {@code itemSelector} is {@code ItemSelector} or its legacy name {@code Parameters} (which then
 * applies per item, not to the state input); {@code distributed} maps run locally like inline ones but report
 * their history as a map run does. In JSONata, {@code items} ({@code Items}) and {@code jsonataItemSelector} take
 * the place of ItemsPath and ItemSelector. A distributed map may read its items from S3 ({@code itemReader}, which
 * takes the place of the input's items) and hand them to its child executions in batches ({@code itemBatcher});
 * and write its results to S3 ({@code resultWriter}); all three are {@code null} when absent, as is {@code label}
 * (which names the map run). {@code expressChildren}: a distributed map's ProcessorConfig ExecutionType is
 * EXPRESS, whose child workflow executions keep no history.
 */
public record MapPlan(
        String name,
        DataFlow dataFlow,
        Path itemsPath,
        PayloadTemplate itemSelector,
        JsonataTemplate items,
        JsonataTemplate jsonataItemSelector,
        FlowPlan processor,
        boolean distributed,
        boolean expressChildren,
        NumberSetting maxConcurrency,
        NumberSetting toleratedFailureCount,
        NumberSetting toleratedFailurePercentage,
        ItemReaderPlan itemReader,
        ItemBatcherPlan itemBatcher,
        ResultWriterPlan resultWriter,
        String label,
        ErrorHandling errorHandling,
        Transition transition) implements StatePlan {

    @Override
    public String type() {
        return "Map";
    }
}
