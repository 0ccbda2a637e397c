package dev.stepwise.processor.asl;

import static dev.stepwise.processor.asl.AslWriter.putDynamic;
import static dev.stepwise.processor.asl.AslWriter.putIfPresent;
import static dev.stepwise.processor.asl.AslWriter.putRaw;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.processor.model.DistributedMap;

/** The part of {@link AslWriter} that writes a Distributed Map's ItemReader, ItemBatcher and ResultWriter. */
final class DistributedMapFields {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DistributedMapFields() {
    }

    static ObjectNode reader(DistributedMap.Reader reader, boolean jsonata) {
        ObjectNode node = NODES.objectNode().put("Resource", reader.resource());
        ObjectNode config = NODES.objectNode();
        putIfPresent(config, "InputType", reader.inputType());
        putIfPresent(config, "CSVHeaderLocation", reader.csvHeaderLocation());
        putIfPresent(config, "CSVDelimiter", reader.csvDelimiter());
        if (!reader.csvHeaders().isEmpty()) {
            reader.csvHeaders().forEach(config.putArray("CSVHeaders")::add);
        }
        putIfPresent(config, "MaxItems", reader.maxItems());
        putDynamic(config, "MaxItems", reader.maxItemsPath(), jsonata);
        if (!config.isEmpty()) {
            node.set("ReaderConfig", config);
        }
        putRaw(node, payloadField(jsonata), reader.parameters());
        return node;
    }

    static ObjectNode batcher(DistributedMap.Batcher batcher, boolean jsonata) {
        ObjectNode node = NODES.objectNode();
        putIfPresent(node, "MaxItemsPerBatch", batcher.maxItemsPerBatch());
        putDynamic(node, "MaxItemsPerBatch", batcher.maxItemsPerBatchPath(), jsonata);
        putIfPresent(node, "MaxInputBytesPerBatch", batcher.maxInputBytesPerBatch());
        putDynamic(node, "MaxInputBytesPerBatch", batcher.maxInputBytesPerBatchPath(), jsonata);
        putRaw(node, "BatchInput", batcher.batchInput());
        return node;
    }

    static ObjectNode writer(DistributedMap.Writer writer, boolean jsonata) {
        ObjectNode node = NODES.objectNode();
        if (writer.exports()) {
            node.put("Resource", DistributedMap.Writer.RESOURCE);
            putRaw(node, payloadField(jsonata), writer.parameters());
        }
        ObjectNode config = NODES.objectNode();
        putIfPresent(config, "OutputType", writer.outputType());
        putIfPresent(config, "Transformation", writer.transformation());
        if (!config.isEmpty()) {
            node.set("WriterConfig", config);
        }
        return node;
    }

    private static String payloadField(boolean jsonata) {
        return jsonata ? "Arguments" : "Parameters";
    }
}
