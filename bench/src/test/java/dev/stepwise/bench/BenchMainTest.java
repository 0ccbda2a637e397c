package dev.stepwise.bench;

import dev.stepwise.testsupport.SharedMaterial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchMainTest {

    @BeforeAll
    static void sharedWorkloadsArePresent() {
        WorkloadTest.sharedWorkloadsArePresent();
    }

    private static String[] args(Path dir, String workload, String... options) {
        String[] all = new String[options.length + 2];
        all[0] = dir.toString();
        all[1] = workload;
        System.arraycopy(options, 0, all, 2, options.length);
        return all;
    }

    @Test
    void measuresAWorkloadAfterCheckingItsOutput() {
        JsonNode line = Json.parse(BenchMain.run(BenchMain.Options.parse(args(WorkloadTest.SHARED, "task-retry",
                "--warmup-seconds", "0", "--iterations", "3"))));

        assertThat(line.path("workload").asText()).isEqualTo("task-retry");
        assertThat(line.path("transitions").asLong()).isEqualTo(3000);
        assertThat(line.path("measuredUnits").asInt()).isEqualTo(3);
        assertThat(line.path("transitionsPerSec").asDouble()).isPositive();
        assertThat(line.path("executionsPerSec").asDouble() * 3)
                .isCloseTo(line.path("transitionsPerSec").asDouble(), org.assertj.core.data.Percentage.withPercentage(1));
    }

    @Test
    void countsEnteredStatesAgainstTheMetaFile() {
        assertThat(BenchMain.run(BenchMain.Options.parse(args(WorkloadTest.SHARED, "choice-loop", "--limit", "10",
                "--count-transitions")))).isEqualTo("{\"workload\":\"choice-loop\",\"stateEnteredEvents\":23}");
    }

    @Test
    void countsHistoriesLongerThanAnAwsExecutionMayKeep() {
        // 10,000 iterations record about 40,000 events, past AWS's 25,000-event history limit.
        assertThat(BenchMain.run(BenchMain.Options.parse(args(WorkloadTest.SHARED, "choice-loop", "--limit",
                "10000", "--count-transitions"))))
                .isEqualTo("{\"workload\":\"choice-loop\",\"stateEnteredEvents\":20003}");
    }

    @Test
    void aWrongOutputStopsTheMeasurement(@TempDir Path dir) throws IOException {
        Path shared = WorkloadTest.SHARED;
        Files.createDirectories(dir.resolve("defs"));
        Files.createDirectories(dir.resolve("expected"));
        for (String file : new String[] {"task-retry.asl.json", "task-retry.meta.json", "task-retry.input.json"}) {
            Files.copy(shared.resolve("defs").resolve(file), dir.resolve("defs").resolve(file));
        }
        Files.writeString(dir.resolve("expected/task-retry.output.json"), "{\"id\":0,\"result\":{\"ok\":false}}");

        assertThatThrownBy(() -> BenchMain.run(BenchMain.Options.parse(args(dir, "task-retry"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("task-retry produced")
                .hasMessageContaining("\"attempts\":3");
    }

    @Test
    void badOptionsAreExplained() {
        assertThatThrownBy(() -> BenchMain.Options.parse(new String[] {"dir"})).hasMessageContaining("usage");
        assertThatThrownBy(() -> BenchMain.Options.parse(new String[] {"dir", "w", "--iterations", "x"}))
                .hasMessage("--iterations needs a number, not 'x'");
        assertThatThrownBy(() -> BenchMain.Options.parse(new String[] {"dir", "w", "--limit"}))
                .hasMessage("--limit needs a value");
        assertThatThrownBy(() -> BenchMain.Options.parse(new String[] {"dir", "w", "--fast", "1"}))
                .hasMessageContaining("unknown option --fast");
        assertThatThrownBy(() -> BenchMain.Options.parse(new String[] {"dir", "w", "--iterations", "0"}))
                .hasMessageContaining("at least 1");
    }
}
