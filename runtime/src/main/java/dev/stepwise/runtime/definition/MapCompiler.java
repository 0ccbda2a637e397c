package dev.stepwise.runtime.definition;

import dev.stepwise.asl.CsvDelimiter;
import dev.stepwise.asl.ItemReaderInputType;
import dev.stepwise.asl.QueryLanguage;
import dev.stepwise.asl.ResultWriterTransformation;
import dev.stepwise.asl.validation.Problems;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.PayloadTemplate;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;
import dev.stepwise.asl.data.path.Path;
import dev.stepwise.runtime.definition.DataFlowCompiler.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a Map state: its ItemProcessor (a flow of its own), items and ItemSelector, concurrency and failure
 * tolerance, and a Distributed Map's ItemReader, ItemBatcher and ResultWriter.
 */
final class MapCompiler {

    private MapCompiler() {
    }

    static StatePlan compile(String name, Fields f, Problems problems, boolean jsonata,
            QueryLanguage machineLanguage) {
        // Iterator is the legacy name of ItemProcessor.
        String processorField = f.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
        JsonNode processor = f.object(processorField);
        FlowPlan flow = null;
        boolean distributed = false;
        boolean expressChildren = false;
        if (processor == null) {
            if (!f.has(processorField)) {
                problems.schema(f.location(), "a Map state needs an ItemProcessor");
            }
        } else {
            Fields p = new Fields(processor, f.at(processorField), problems);
            flow = FlowCompiler.compile(p, problems, machineLanguage);
            JsonNode config = p.object("ProcessorConfig");
            distributed = config != null && "DISTRIBUTED".equals(config.path("Mode").asText());
            expressChildren = distributed && "EXPRESS".equals(config.path("ExecutionType").asText());
        }
        if (f.has("ItemSelector") && f.has("Parameters")) {
            problems.schema(f.location(), "set ItemSelector or its legacy name Parameters, not both");
        }
        PayloadTemplate selector = jsonata ? null
                : FieldCompiler.template(f, f.has("ItemSelector") ? "ItemSelector" : "Parameters", problems);
        JsonataTemplate jsonataSelector = jsonata ? FieldCompiler.jsonata(f, "ItemSelector", problems) : null;
        // One field after the other in the plan's order, which is the order problems are reported in.
        DataFlow dataFlow = DataFlowCompiler.compile(f, problems, jsonata, Scope.MAP);
        Path itemsPath = FieldCompiler.path(f, "ItemsPath", problems);
        JsonataTemplate items = jsonata ? FieldCompiler.jsonata(f, "Items", problems) : null;
        NumberSetting maxConcurrency = FieldCompiler.number(f, "MaxConcurrency", problems, jsonata);
        NumberSetting toleratedCount = FieldCompiler.number(f, "ToleratedFailureCount", problems, jsonata);
        NumberSetting toleratedPercentage = FieldCompiler.number(f, "ToleratedFailurePercentage", problems, jsonata);
        ItemReaderPlan reader = itemReader(f, problems, jsonata);
        ItemBatcherPlan batcher = itemBatcher(f, problems, jsonata);
        ResultWriterPlan writer = resultWriter(f, problems, jsonata);
        String label = f.string("Label");
        return new MapPlan(name, dataFlow, itemsPath, selector, items, jsonataSelector, flow, distributed,
                expressChildren, maxConcurrency, toleratedCount, toleratedPercentage, reader, batcher, writer, label,
                ErrorHandlingCompiler.compile(f, problems, jsonata), StateCompiler.transition(f, problems));
    }

    /** A Distributed Map's ItemReader; {@code null} when absent (the validator reports a malformed one). */
    private static ItemReaderPlan itemReader(Fields f, Problems problems, boolean jsonata) {
        JsonNode reader = f.object("ItemReader");
        if (reader == null) {
            return null;
        }
        Fields r = new Fields(reader, f.at("ItemReader"), problems);
        String resource = r.string("Resource");
        JsonNode configNode = r.object("ReaderConfig");
        Fields config = new Fields(configNode == null ? Json.NODES.objectNode() : configNode, r.at("ReaderConfig"),
                problems);
        ItemReaderInputType inputType = config.enumValue("InputType", ItemReaderInputType.class,
                ItemReaderInputType.JSON);
        return new ItemReaderPlan(resource == null ? "" : resource,
                jsonata ? null : FieldCompiler.template(r, "Parameters", problems),
                jsonata ? FieldCompiler.jsonata(r, "Arguments", problems) : null,
                inputType, csvHeaders(config), csvDelimiter(config),
                FieldCompiler.number(config, "MaxItems", problems, jsonata));
    }

    /** {@code CSVHeaders} when {@code CSVHeaderLocation} is GIVEN; {@code null} for headers in the first row. */
    private static List<String> csvHeaders(Fields config) {
        if (!"GIVEN".equals(config.string("CSVHeaderLocation"))) {
            return null;
        }
        JsonNode headers = config.array("CSVHeaders");
        if (headers == null) {
            config.problem("CSVHeaders", "is required when CSVHeaderLocation is GIVEN");
            return List.of();
        }
        List<String> names = new ArrayList<>();
        headers.forEach(header -> names.add(header.asText()));
        return List.copyOf(names);
    }

    private static char csvDelimiter(Fields config) {
        return config.enumValue("CSVDelimiter", CsvDelimiter.class, CsvDelimiter.COMMA).character();
    }

    /** A Distributed Map's ItemBatcher; {@code null} when absent. */
    private static ItemBatcherPlan itemBatcher(Fields f, Problems problems, boolean jsonata) {
        JsonNode batcher = f.object("ItemBatcher");
        if (batcher == null) {
            return null;
        }
        Fields b = new Fields(batcher, f.at("ItemBatcher"), problems);
        return new ItemBatcherPlan(FieldCompiler.number(b, "MaxItemsPerBatch", problems, jsonata),
                FieldCompiler.number(b, "MaxInputBytesPerBatch", problems, jsonata),
                jsonata ? null : FieldCompiler.template(b, "BatchInput", problems),
                jsonata ? FieldCompiler.jsonata(b, "BatchInput", problems) : null);
    }

    /** A Distributed Map's ResultWriter; {@code null} when absent (the validator reports a malformed one). */
    private static ResultWriterPlan resultWriter(Fields f, Problems problems, boolean jsonata) {
        JsonNode writer = f.object("ResultWriter");
        if (writer == null) {
            return null;
        }
        Fields w = new Fields(writer, f.at("ResultWriter"), problems);
        JsonNode configNode = w.object("WriterConfig");
        Fields config = new Fields(configNode == null ? Json.NODES.objectNode() : configNode, w.at("WriterConfig"),
                problems);
        ResultWriterTransformation transformation = config.enumValue("Transformation",
                ResultWriterTransformation.class, null);
        return new ResultWriterPlan(w.has("Resource") ? w.string("Resource") : null,
                jsonata ? null : FieldCompiler.template(w, "Parameters", problems),
                jsonata ? FieldCompiler.jsonata(w, "Arguments", problems) : null, transformation);
    }
}
