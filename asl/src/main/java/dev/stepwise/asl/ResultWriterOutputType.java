package dev.stepwise.asl;

import java.util.SortedSet;
import java.util.TreeSet;

/** The values of a Distributed Map's {@code ResultWriter.WriterConfig.OutputType}: a JSON array or JSON Lines. */
public enum ResultWriterOutputType {
    JSON, JSONL;

    /** The names ASL accepts, sorted. */
    public static SortedSet<String> names() {
        SortedSet<String> names = new TreeSet<>();
        for (ResultWriterOutputType type : values()) {
            names.add(type.name());
        }
        return names;
    }
}
