package dev.stepwise.runtime;

import dev.stepwise.testsupport.SharedMaterial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.JsonBinding;
import dev.stepwise.asl.error.StatesError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Runs the shared benchmark workloads that need only this branch (no intrinsic functions, no Choice), checks their
 * outputs against the expected files and prints the throughput. Not a benchmark in itself: a smoke test that the
 * hot path stays fast and correct with history off.
 */
class BenchWorkloadTest {

    private static JsonNode read(String relative) throws IOException {
        return JsonBinding.MAPPER.readTree(Files.readString(SharedMaterial.require("bench").resolve(relative)));
    }

    @Test
    void passChainProducesTheExpectedOutputQuickly() throws IOException {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).keepHistory(false).build();
        StateMachine machine = runtime.load(read("defs/pass-chain.asl.json"));
        JsonNode input = read("defs/pass-chain.input.json");
        JsonNode expected = read("expected/pass-chain.output.json");
        int executions = 200;
        long start = System.nanoTime();
        JsonNode last = null;
        for (int i = 0; i < executions; i++) {
            last = runtime.start(machine, input).await().output();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(last).as("output").isEqualTo(expected);
        System.out.printf("pass-chain: %d transitions in %.2fs = %.0f transitions/s%n", executions * 1000, seconds,
                executions * 1000 / seconds);
    }

    @Test
    void tenThousandItemMapRunsInOrderUnderBothClocks() {
        String definition = Asl.text("{'StartAt':'Fan','States':{'Fan':{'Type':'Map','MaxConcurrency':40,"
                + "'ItemSelector':{'v.$':'$$.Map.Item.Value','i.$':'$$.Map.Item.Index'},"
                + "'ItemProcessor':{'StartAt':'A','States':{'A':{'Type':'Pass','Parameters':{'v.$':'$.v','i.$':'$.i'},"
                + "'Next':'B'},'B':{'Type':'Pass','ResultPath':'$.copy','Next':'C'},"
                + "'C':{'Type':'Pass','OutputPath':'$.copy.i','End':true}}},'End':true}}}");
        com.fasterxml.jackson.databind.node.ArrayNode items = Json.NODES.arrayNode();
        for (int i = 0; i < 10_000; i++) {
            items.add(Json.NODES.objectNode().put("id", i));
        }
        for (LocalRuntime runtime : java.util.List.of(
                LocalRuntime.builder().clock(Clocks.virtual()).keepHistory(false).build(),
                LocalRuntime.builder().keepHistory(false).build())) {
            StateMachine machine = runtime.load(definition);
            long start = System.nanoTime();
            JsonNode output = runtime.start(machine, items).await().output();
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(output.size()).isEqualTo(10_000);
            for (int i = 0; i < 10_000; i += 997) {
                assertThat(output.get(i).asInt()).isEqualTo(i);
            }
            System.out.printf("map 10,000 x 3 Pass (%s): %.2fs = %.0f transitions/s%n", runtime.clock(), seconds,
                    30_002 / seconds);
        }
    }

    @Test
    void taskRetryProducesTheExpectedOutputQuickly() throws IOException {
        Map<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).keepHistory(false)
                .stateHandler("Flaky", (in, ctx) -> {
                    int id = in.get("id").asInt();
                    int attempt = attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    if (attempt < 3) {
                        throw new StatesError("CustomError", "attempt " + attempt);
                    }
                    return Json.NODES.objectNode().put("ok", true).put("attempts", attempt).put("id", id);
                }).build();
        StateMachine machine = runtime.load(read("defs/task-retry.asl.json"));
        int executions = Integer.getInteger("bench.executions", 1000);
        long start = System.nanoTime();
        JsonNode first = null;
        for (int i = 0; i < executions; i++) {
            Execution ex = runtime.start(machine, Json.NODES.objectNode().put("id", i)).await();
            assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            if (i == 0) {
                first = ex.output();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(first).isEqualTo(read("expected/task-retry.output.json"));
        System.out.printf("task-retry: %d executions in %.2fs = %.0f executions/s%n", executions, seconds,
                executions / seconds);
    }
}
