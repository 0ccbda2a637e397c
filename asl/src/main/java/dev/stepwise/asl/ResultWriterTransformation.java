package dev.stepwise.asl;

import java.util.SortedSet;

/**
 * The values of a Distributed Map's {@code ResultWriter.WriterConfig.Transformation}: how the child executions'
 * results are shaped. COMPACT (their outputs, as without a ResultWriter) and FLATTEN (the same, with each output
 * that is an array spliced into the list) shape the state's output when nothing is exported to S3; NONE keeps each
 * result with its execution's metadata.
 */
public enum ResultWriterTransformation {
    NONE, COMPACT, FLATTEN;

    /** The names ASL accepts, sorted. */
    public static SortedSet<String> names() {
        return EnumNames.of(ResultWriterTransformation.class);
    }
}
