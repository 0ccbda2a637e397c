package dev.stepwise.runtime.logging;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import java.io.PrintStream;
import java.util.Objects;

/** Prints records, one JSON object per line: what {@code stepwise run --log-level ...} shows on the terminal. */
public final class PrintStreamLogSink implements LogSink {

    private final PrintStream out;

    public PrintStreamLogSink(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void write(ObjectNode record) {
        String line = Json.write(record);
        synchronized (out) {
            out.println(line);
        }
    }
}
