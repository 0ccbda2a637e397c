package dev.stepwise.runtime.operations;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.history.HistoryEvent;
import java.util.List;

/** Test helpers: single-quoted JSON, event lists, and waiting for a real-time execution to reach an event. */
final class Machines {

    static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:work";

    private Machines() {
    }

    static JsonNode json(String singleQuoted) {
        return Json.parse(singleQuoted.replace('\'', '"'));
    }

    static List<String> types(Execution execution) {
        return execution.history().stream().map(HistoryEvent::type).toList();
    }

    static long count(Execution execution, String type) {
        return execution.history().stream().filter(e -> e.type().equals(type)).count();
    }

    /** Polls until the execution has recorded {@code n} events of {@code type} (system clock only). */
    static void awaitEvents(Execution execution, String type, int n) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (count(execution, type) < n) {
            if (System.nanoTime() > deadline) {
                fail("no %d x %s in %s", n, type, types(execution));
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }
}
