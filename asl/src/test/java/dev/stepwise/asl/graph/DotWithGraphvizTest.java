package dev.stepwise.asl.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.asl.data.Json;
import dev.stepwise.testsupport.SharedMaterial;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Graphviz itself reads the DOT we write: no syntax error, no warning (e.g. an lhead naming no cluster). */
class DotWithGraphvizTest {

    @Test
    void graphvizDrawsTheOrderSampleAndTheTwoHundredStateMachineWithoutAWord() throws Exception {
        Path dot = SharedMaterial.requireTool("GRAPHVIZ_DOT");
        assertDrawn(dot, GraphFormat.DOT.render(StateGraphReaderTest.order()), "order");
        assertDrawn(dot, GraphFormat.DOT.render(SvgLayoutTest.generated(200, 7)), "generated-200");
        // a Catch that runs the whole Parallel again: Graphviz warned that its clipped loop was inside its cluster
        assertDrawn(dot, GraphFormat.DOT.render(Json.parse("""
                {"StartAt": "p", "States": {"p": {"Type": "Parallel", "End": true,
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "p"}],
                  "Branches": [{"StartAt": "a", "States": {"a": {"Type": "Succeed"}}}]}}}""")), "self-catch");
    }

    private static void assertDrawn(Path dot, String text, String name) throws IOException, InterruptedException {
        Path in = Files.createTempFile(name, ".dot");
        Path out = Files.createTempFile(name, ".svg");
        Path err = Files.createTempFile(name, ".log");
        try {
            Files.writeString(in, text);
            Process process = new ProcessBuilder(dot.toString(), "-Tsvg", in.toString(), "-o", out.toString())
                    .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("dot finished").isTrue();
            assertThat(Files.readString(err, StandardCharsets.UTF_8)).as(name + " warnings").isEmpty();
            assertThat(process.exitValue()).isZero();
            assertThat(Files.readString(out)).contains("<svg", "class=\"cluster\"");
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
