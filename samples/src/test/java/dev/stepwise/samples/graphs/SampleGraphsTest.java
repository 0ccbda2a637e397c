package dev.stepwise.samples.graphs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.graph.GraphFormat;
import dev.stepwise.testsupport.SvgBoxes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sample's graph as the build writes it, drawn as SVG without overlaps, and the one the README shows. */
class SampleGraphsTest {

    private static final Path GENERATED = Path.of("target/classes/META-INF/stepwise");

    private static List<Path> definitions() throws IOException {
        try (Stream<Path> files = Files.list(GENERATED)) {
            return files.filter(file -> file.toString().endsWith(".asl.json")).sorted().toList();
        }
    }

    @Test
    void everySampleHasAMermaidGraphOfItsDefinitionInTheBuildOutput() throws IOException {
        List<Path> definitions = definitions();
        assertThat(definitions).hasSizeGreaterThanOrEqualTo(5);
        for (Path definition : definitions) {
            Path graph = Path.of(definition.toString().replace(".asl.json", ".mmd"));
            assertThat(graph).exists();
            assertThat(Files.readString(graph))
                    .isEqualTo(GraphFormat.MERMAID.render(Json.parse(Files.readString(definition))));
        }
    }

    @Test
    void everySampleIsDrawnAsAnSvgWithoutOverlappingBoxes() throws IOException {
        Path out = Files.createDirectories(Path.of("target/graphs"));
        for (Path definition : definitions()) {
            JsonNode tree = Json.parse(Files.readString(definition));
            String svg = GraphFormat.SVG.render(tree);
            Files.writeString(out.resolve(definition.getFileName().toString().replace(".asl.json", ".svg")), svg);
            assertThat(SvgBoxes.overlaps(svg)).as(definition.getFileName().toString()).isEmpty();
            assertThat(SvgBoxes.read(svg).size()).as("boxes of " + definition.getFileName())
                    .isGreaterThan(tree.get("States").size());
        }
    }

    /** The README's Mermaid block is the generated graph of OrderProcessing, not a hand-drawn one. */
    @Test
    void theReadmeShowsTheGeneratedGraphOfOrderProcessing() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher block = Pattern.compile("```mermaid\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("a mermaid block in README.md").isTrue();
        assertThat(block.group(1)).isEqualTo(
                Files.readString(GENERATED.resolve("dev.stepwise.samples.order.OrderProcessing.mmd")));
    }
}
