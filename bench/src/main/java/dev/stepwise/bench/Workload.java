package dev.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One shared workload, read from the bench folder: {@code defs/<name>.asl.json}, its input, its
 * {@code <name>.meta.json} (transitions per execution and what a runner must override) and
 * {@code expected/<name>.output.json}.
 *
 * @param executionsPerUnit how many executions make one measured unit (the peer harness's defaults)
 * @param meta the overrides: {@code task} (local Task behaviour), {@code waitMs} and {@code retryIntervalMs}
 */
public record Workload(String name, String definition, JsonNode input, long transitionsPerExecution,
        int executionsPerUnit, JsonNode meta, JsonNode expectedOutput) {

    /** Executions per measured unit, as the peer's {@code bench.mjs} runs them. */
    private static final Map<String, Integer> UNIT_EXECUTIONS = Map.of("pass-chain", 200, "choice-loop", 1,
            "map-fanout-c0", 1, "map-fanout-c40", 1, "task-retry", 1000, "task-retry-i0", 1000);

    /**
     * Reads a workload.
     *
     * @param benchDir the folder holding {@code defs/} and {@code expected/}
     * @throws IllegalArgumentException when the workload is unknown or a file is missing or malformed
     */
    public static Workload load(Path benchDir, String name) {
        Integer unit = UNIT_EXECUTIONS.get(name);
        if (unit == null) {
            throw new IllegalArgumentException("unknown workload '" + name + "'; known: "
                    + String.join(", ", new java.util.TreeSet<>(UNIT_EXECUTIONS.keySet())));
        }
        Path defs = benchDir.resolve("defs");
        JsonNode meta = parse(defs.resolve(name + ".meta.json"));
        return new Workload(name, read(defs.resolve(name + ".asl.json")), parse(defs.resolve(inputName(name)
                + ".input.json")), meta.path("transitionsPerExecution").asLong(), unit, meta.path("overrides"),
                parse(benchDir.resolve("expected").resolve(name + ".output.json")));
    }

    /** The map workloads share one input; the {@code -i0} variant shares task-retry's. */
    private static String inputName(String workload) {
        return workload.startsWith("map-fanout") ? "map-fanout" : workload.replace("-i0", "");
    }

    /**
     * The choice loop with another iteration count: input {@code limit}, and 2 transitions per iteration plus
     * Init, the last Check and Done.
     */
    public Workload withLoopLimit(long limit) {
        if (!name.equals("choice-loop")) {
            throw new IllegalArgumentException("--limit applies to choice-loop only, not to " + name);
        }
        ObjectNode newInput = ((ObjectNode) input).deepCopy().put("limit", limit);
        ObjectNode newExpected = Json.NODES.objectNode().put("i", limit).put("limit", limit);
        return new Workload(name, definition, newInput, 2 * limit + 3, executionsPerUnit, meta, newExpected);
    }

    /** Whether the meta file asks for a local Task implementation. */
    public boolean overridesTasks() {
        return meta.has("task");
    }

    /** Whether Wait or retry intervals must take no time (run on the virtual clock then). */
    public boolean zeroesIntervals() {
        return meta.has("waitMs") || meta.has("retryIntervalMs");
    }

    /** The input of the {@code k}-th execution of a unit: task-retry numbers its executions by {@code id}. */
    public JsonNode inputOf(int k) {
        return overridesTasks() ? Json.NODES.objectNode().put("id", k) : input;
    }

    private static JsonNode parse(Path file) {
        try {
            return Json.parse(read(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("missing workload file " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
