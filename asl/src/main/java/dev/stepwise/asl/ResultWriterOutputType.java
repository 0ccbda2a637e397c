package dev.stepwise.asl;

import java.util.SortedSet;

/** The values of a Distributed Map's {@code ResultWriter.WriterConfig.OutputType}: a JSON array or JSON Lines. */
public enum ResultWriterOutputType {
    JSON, JSONL;

    /** The names ASL accepts, sorted. */
    public static SortedSet<String> names() {
        return EnumNames.of(ResultWriterOutputType.class);
    }
}
