package dev.stepwise.asl;

import java.util.SortedSet;

/** The formats of a Distributed Map's {@code ItemReader.ReaderConfig.InputType}. */
public enum ItemReaderInputType {
    JSON, JSONL, CSV, MANIFEST, PARQUET;

    /** The names ASL accepts, sorted. */
    public static SortedSet<String> names() {
        return EnumNames.of(ItemReaderInputType.class);
    }
}
