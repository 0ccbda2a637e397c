package dev.stepwise.processor.model;

import java.util.List;

/**
 * What only a DISTRIBUTED Map has: the kind of its child executions, its Label, and where its items come from, how
 * they are batched and where its results go. Null fields are absent; an INLINE Map has no execution type or label,
 * and keeps any reader, batcher or writer written on it, which the ASL core's validator then refuses.
 *
 * @param executionType STANDARD or EXPRESS
 */
public record DistributedMap(String executionType, String label, Reader reader, Batcher batcher, Writer writer) {

    /**
     * {@code ItemReader}; {@code parameters} is Arguments in a JSONata state. Here and in the batcher a
     * {@code ...Path} field is the setting's dynamic form: a path in JSONPath, a {@code {% expression %}} in JSONata.
     */
    public record Reader(String resource, RawJson parameters, String inputType, String csvHeaderLocation,
                         String csvDelimiter, List<String> csvHeaders, Integer maxItems, String maxItemsPath) {
        public Reader {
            csvHeaders = List.copyOf(csvHeaders);
        }
    }

    /** {@code ItemBatcher}. */
    public record Batcher(Integer maxItemsPerBatch, String maxItemsPerBatchPath, Integer maxInputBytesPerBatch,
                          String maxInputBytesPerBatchPath, RawJson batchInput) {
    }

    /** {@code ResultWriter}: an export when {@code parameters} is set, a {@code WriterConfig} when either field is. */
    public record Writer(RawJson parameters, String outputType, String transformation) {

        /** The only resource a ResultWriter takes, written with its Parameters. */
        public static final String RESOURCE = "arn:aws:states:::s3:putObject";

        public boolean exports() {
            return parameters != null;
        }
    }
}
