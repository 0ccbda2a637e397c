package dev.stepwise.runtime.events;

import dev.stepwise.asl.data.Json;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Prints each status change as its EventBridge event on one line: what {@code stepwise run --events} shows.
 */
public final class PrintingEventListener implements ExecutionListener {

    private final PrintStream out;

    public PrintingEventListener(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void statusChanged(ExecutionStatusChange change) {
        String line = Json.write(change.toEventBridgeJson());
        synchronized (out) {
            out.println(line);
        }
    }

    @Override
    public boolean wantsEvents() {
        return false;
    }
}
