package dev.stepwise.asl;

import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The formats of a Distributed Map's {@code ItemReader.ReaderConfig.InputType}. */
public enum ItemReaderInputType {
    JSON, JSONL, CSV, MANIFEST, PARQUET;

    /** The names ASL accepts, sorted. */
    public static SortedSet<String> names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
