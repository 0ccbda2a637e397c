package dev.stepwise.asl.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.graph.StateGraph.Box;
import dev.stepwise.asl.graph.StateGraph.Region;
import dev.stepwise.testsupport.SharedMaterial;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Test
    void aContainersNameIsInItsClusterButInNoneOfItsBranches() throws Exception {
        Path dot = SharedMaterial.requireTool("GRAPHVIZ_DOT");
        StateGraph graph = StateGraphReader.read(SvgLayoutTest.generated(60, 3));
        Path in = Files.createTempFile("members", ".dot");
        try {
            Files.writeString(in, GraphFormat.DOT.render(graph));
            // Graphviz's own reading of which nodes each cluster holds: an edge written inside a branch's cluster
            // put the container's name there too, so the name was drawn inside its first branch
            Process process = new ProcessBuilder(dot.toString(), "-Tjson0", in.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            JsonNode objects = Json.parse(new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8)).get("objects");
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("dot finished").isTrue();
            Map<String, List<String>> members = new HashMap<>();
            objects.forEach(object -> {
                List<String> nodes = new ArrayList<>();
                object.path("nodes").forEach(index -> nodes.add(objects.get(index.asInt()).get("name").asText()));
                members.put(object.get("name").asText(), nodes);
            });
            List<Box> containers = new ArrayList<>();
            collectContainers(graph.machine(), containers);
            assertThat(containers).hasSizeGreaterThan(3);
            for (Box container : containers) {
                assertThat(members.get("cluster_" + container.id())).contains(container.id());
                for (Region branch : container.regions()) {
                    assertThat(members.get("cluster_" + branch.id())).as("%s of %s", branch.label(), container.name())
                            .isNotEmpty().doesNotContain(container.id());
                }
            }
        } finally {
            Files.deleteIfExists(in);
        }
    }

    private static void collectContainers(Region region, List<Box> containers) {
        for (Box box : region.boxes()) {
            if (box.container()) {
                containers.add(box);
                box.regions().forEach(nested -> collectContainers(nested, containers));
            }
        }
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
