package dev.stepwise.samples.graphs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.graph.GraphFormat;
import dev.stepwise.testsupport.Browser;
import dev.stepwise.testsupport.SvgBoxes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    /** Mermaid itself (GitHub's renderer) draws every sample's file: the nodes, subgraphs and arrows are there. */
    @Test
    void mermaidRendersEverySampleInChromium() throws Exception {
        Browser browser = Browser.require();
        Path mermaid = browser.npmPackage("mermaid").resolve("dist/mermaid.min.js");
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        List<String> args = new java.util.ArrayList<>(List.of(mermaid.toString(), shots.toString()));
        for (Path definition : definitions()) {
            args.add(definition.toString().replace(".asl.json", ".mmd"));
        }
        JsonNode results = Json.parse(browser.run(Path.of("target/test-classes/browser/mermaid-check.js"),
                Duration.ofSeconds(120), args.toArray(String[]::new)));
        assertThat(results.size()).isEqualTo(definitions().size());
        results.properties().forEach(entry -> assertThat(entry.getValue().get("ok").asBoolean())
                .as(entry.getKey() + ": " + entry.getValue()).isTrue());
        JsonNode order = results.get("dev.stepwise.samples.order.OrderProcessing.mmd");
        // 9 states outside containers plus Start and End; fulfil and its two branches are subgraphs
        assertThat(order.get("nodes").asInt()).isEqualTo(11);
        assertThat(order.get("clusters").asInt()).isEqualTo(3);
        assertThat(order.get("edges").asInt()).isEqualTo(12);
    }

    /**
     * Mermaid draws states named with each printable ASCII character at the start of their name (where a ` opened a
     * Markdown string and failed the file), with Catch and Choice labels made of the same characters.
     */
    @Test
    void mermaidRendersStateNamesAndLabelsStartingWithAnyCharacter() throws Exception {
        Browser browser = Browser.require();
        Path mermaid = browser.npmPackage("mermaid").resolve("dist/mermaid.min.js");
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        ObjectNode states = Json.NODES.objectNode();
        ObjectNode choice = states.putObject("pick").put("Type", "Choice").put("Default", "pick");
        ArrayNode rules = choice.putArray("Choices");
        for (char c = ' ' + 1; c < 0x7f; c++) {
            String name = c + "name" + c;
            ObjectNode state = states.putObject(name).put("Type", "Pass").put("Next", "pick");
            state.putArray("Catch").addObject().put("Next", "pick").putArray("ErrorEquals").add(c + "error");
            rules.addObject().put("Condition", "{% " + c + " %}").put("Next", name);
        }
        ObjectNode definition = Json.NODES.objectNode().put("StartAt", "pick");
        definition.set("States", states);
        Path file = Files.createDirectories(Path.of("target/graphs")).resolve("characters.mmd");
        Files.writeString(file, GraphFormat.MERMAID.render(definition));

        JsonNode result = Json.parse(browser.run(Path.of("target/test-classes/browser/mermaid-check.js"),
                Duration.ofSeconds(120), mermaid.toString(), shots.toString(), file.toString())).get("characters.mmd");
        assertThat(result.get("ok").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("nodes").asInt()).isEqualTo(states.size() + 1); // and Start
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
