package dev.stepwise.asl;

import java.util.SortedSet;
import java.util.TreeSet;

/** The formats of a Distributed Map's {@code ItemReader.ReaderConfig.InputType}. */
public enum ItemReaderInputType {
    JSON, JSONL, CSV, MANIFEST, PARQUET;

    /** The names ASL accepts, sorted. */
    public static SortedSet<String> names() {
        SortedSet<String> names = new TreeSet<>(); // a loop: a stream's lambdas cost a fresh JVM more to link
        for (ItemReaderInputType type : values()) {
            names.add(type.name());
        }
        return names;
    }
}
