package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problems;
import dev.stepwise.processor.model.DistributedMap;
import dev.stepwise.processor.model.RawJson;
import java.util.List;

/**
 * Reads what only a DISTRIBUTED Map has: {@code @Map(executionType, label)}, {@code @ItemReader},
 * {@code @ItemBatcher} and {@code @ResultWriter}. The DSL's own rule is said here (execution type and label on an
 * INLINE Map would be dropped silently); the ASL's (reader and writer fields, bounds, INLINE refusing the three
 * objects) are the ASL core's, checked on the written definition.
 */
final class DistributedMapParser {

    private static final String UNSET = "UNSET";

    private final Problems problems;
    private final StateAttributes attributes;

    DistributedMapParser(Problems problems, StateAttributes attributes) {
        this.problems = problems;
        this.attributes = attributes;
    }

    DistributedMap parse(DeclaredState d, AnnotationReader map) {
        boolean distributed = map.enumName("mode").equals("DISTRIBUTED");
        if (!distributed) {
            for (String attribute : List.of("executionType", "label")) {
                if (map.isSet(attribute)) {
                    problems.add(Message.DISTRIBUTED_ONLY, d.where().on("Map", attribute), "@Map(" + attribute + ")");
                }
            }
        }
        DistributedMap.Reader reader = d.has("ItemReader") ? reader(d, d.one("ItemReader")) : null;
        DistributedMap.Batcher batcher = d.has("ItemBatcher") ? batcher(d, d.one("ItemBatcher")) : null;
        DistributedMap.Writer writer = d.has("ResultWriter") ? writer(d, d.one("ResultWriter")) : null;
        // written even on an INLINE Map, where the ASL core's validator says the three need DISTRIBUTED
        return new DistributedMap(distributed ? map.enumName("executionType") : null,
                distributed ? StateAttributes.emptyToNull(map.string("label")) : null, reader, batcher, writer);
    }

    private DistributedMap.Reader reader(DeclaredState d, AnnotationReader reader) {
        attributes.exclusive(d, reader, "ItemReader", "maxItems", "maxItemsPath");
        RawJson parameters = attributes.payload(d, d.where().on("ItemReader", "parameters"),
                reader.string("parameters"), "@ItemReader parameters");
        return new DistributedMap.Reader(reader.string("resource"), parameters, set(reader.enumName("inputType")),
                set(reader.enumName("csvHeaderLocation")), set(reader.enumName("csvDelimiter")),
                reader.strings("csvHeaders"),
                attributes.optionalInteger(reader, "maxItems"),
                attributes.dynamic(d, reader, "ItemReader", "maxItemsPath"));
    }

    private DistributedMap.Batcher batcher(DeclaredState d, AnnotationReader batcher) {
        attributes.exclusive(d, batcher, "ItemBatcher", "maxItemsPerBatch", "maxItemsPerBatchPath");
        attributes.exclusive(d, batcher, "ItemBatcher", "maxInputBytesPerBatch", "maxInputBytesPerBatchPath");
        RawJson batchInput = attributes.payload(d, d.where().on("ItemBatcher", "batchInput"),
                batcher.string("batchInput"), "@ItemBatcher batchInput");
        return new DistributedMap.Batcher(attributes.optionalInteger(batcher, "maxItemsPerBatch"),
                attributes.dynamic(d, batcher, "ItemBatcher", "maxItemsPerBatchPath"),
                attributes.optionalInteger(batcher, "maxInputBytesPerBatch"),
                attributes.dynamic(d, batcher, "ItemBatcher", "maxInputBytesPerBatchPath"), batchInput);
    }

    private DistributedMap.Writer writer(DeclaredState d, AnnotationReader writer) {
        RawJson parameters = attributes.payload(d, d.where().on("ResultWriter", "parameters"),
                writer.string("parameters"), "@ResultWriter parameters");
        return new DistributedMap.Writer(parameters, set(writer.enumName("outputType")),
                set(writer.enumName("transformation")));
    }

    private static String set(String constant) {
        return constant.equals(UNSET) ? null : constant;
    }
}
