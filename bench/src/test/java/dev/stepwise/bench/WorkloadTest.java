package dev.stepwise.bench;

import dev.stepwise.testsupport.SharedMaterial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadTest {

    static Path SHARED;

    @BeforeAll
    static void sharedWorkloadsArePresent() {
        SHARED = SharedMaterial.require("bench");
    }

    @Test
    void readsDefinitionInputMetaAndExpectedOutput() {
        Workload workload = Workload.load(SHARED, "map-fanout-c40");

        assertThat(workload.transitionsPerExecution()).isEqualTo(30_002);
        assertThat(workload.executionsPerUnit()).isEqualTo(1);
        assertThat(workload.input().path("items").size()).isEqualTo(10_000);
        assertThat(workload.expectedOutput().path("n").asInt()).isEqualTo(10_000);
        assertThat(workload.overridesTasks()).isFalse();
        assertThat(workload.zeroesIntervals()).isFalse();
    }

    @Test
    void taskRetryAsksForTheLocalTaskAndZeroIntervalsAndNumbersItsExecutions() {
        Workload workload = Workload.load(SHARED, "task-retry");

        assertThat(workload.overridesTasks()).isTrue();
        assertThat(workload.zeroesIntervals()).isTrue();
        assertThat(workload.executionsPerUnit()).isEqualTo(1000);
        assertThat(workload.inputOf(7).path("id").asInt()).isEqualTo(7);
    }

    @Test
    void aLongerChoiceLoopCountsTwoTransitionsPerIteration() {
        Workload workload = Workload.load(SHARED, "choice-loop").withLoopLimit(1_000_000);

        assertThat(workload.transitionsPerExecution()).isEqualTo(2_000_003);
        assertThat(workload.input().path("limit").asLong()).isEqualTo(1_000_000);
        assertThat(workload.expectedOutput().path("i").asLong()).isEqualTo(1_000_000);
        assertThatThrownBy(() -> Workload.load(SHARED, "pass-chain").withLoopLimit(5))
                .hasMessageContaining("choice-loop only");
    }

    @Test
    void unknownWorkloadsAndMissingFilesAreNamed(@TempDir Path empty) {
        assertThatThrownBy(() -> Workload.load(SHARED, "nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown workload 'nope'").hasMessageContaining("pass-chain");
        assertThatThrownBy(() -> Workload.load(empty, "pass-chain")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing workload file").hasMessageContaining("pass-chain.meta.json");
    }
}
