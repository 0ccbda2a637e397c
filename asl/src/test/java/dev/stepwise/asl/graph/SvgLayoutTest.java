package dev.stepwise.asl.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.testsupport.SharedMaterial;
import dev.stepwise.testsupport.SvgBoxes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SvgLayoutTest {

    @Test
    void everyStateRegionAndTerminalIsABoxAndNoneOverlap() throws IOException {
        String svg = GraphFormat.SVG.render(StateGraphReaderTest.order());
        List<SvgBoxes.Box> boxes = SvgBoxes.read(svg);
        // 12 states (2 containers), 3 regions, Start and End
        assertThat(boxes).hasSize(17);
        assertThat(boxes).filteredOn(box -> box.path().contains("/")).extracting(SvgBoxes.Box::path)
                .contains("s4/r3/s11", "s6/r4/s12");
        assertThat(SvgBoxes.overlaps(svg)).isEmpty();
        assertThat(svg).contains("data-state=\"Notify customer\"", "class=\"edge catch\"", ">Default</text>",
                "↻ Retry Lambda.TooManyRequestsException ×6");
    }

    @Test
    void oddTypesAndCharactersThatXmlCannotHoldStayOutOfTheMarkup() {
        ObjectNode states = Json.NODES.objectNode();
        states.putObject("a").put("Type", "x\" onload=\"alert(1)").put("Next", "b\uFFFF\uD800");
        states.putObject("b\uFFFF\uD800").put("Type", "Succeed");
        ObjectNode definition = Json.NODES.objectNode().put("StartAt", "a");
        definition.set("States", states);
        String svg = GraphFormat.SVG.render(definition);
        // well-formed XML (SvgBoxes parses it) with both states and no attribute a definition wrote
        assertThat(SvgBoxes.read(svg)).hasSize(4);
        assertThat(svg).contains("class=\"state t-xonloadalert1\"", "data-state=\"b\"")
                .doesNotContain("onload=\"");
    }

    @Test
    void fullWidthNamesAndLabelsGetBoxesAsWideAsTheirGlyphs() {
        // Chinese, Japanese and Korean characters are one em wide in any font, colour emoji 1.25 em in Noto Color
        // Emoji; at the Latin average advance a name of them overflowed its box by nearly half (emoji by half)
        String name = "注文を確認して在庫を予約し支払いを処理する";
        String emoji = "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀";
        String rule = "確認済みの注文です";
        JsonNode definition = Json.parse("""
                {"StartAt": "%1$s", "States": {
                  "%1$s": {"Type": "Choice", "Choices": [{"Variable": "$.x", "StringEquals": "%3$s", "Next": "%2$s"}],
                    "Default": "%2$s"},
                  "%2$s": {"Type": "Succeed"}}}""".formatted(name, emoji, rule));
        String svg = GraphFormat.SVG.render(definition);
        List<SvgBoxes.Box> boxes = SvgBoxes.read(svg);
        assertThat(boxes.get(0).width()).as("box of %s", name)
                .isGreaterThanOrEqualTo(name.length() * TextMetrics.NAME_SIZE + 2 * GraphLayout.PAD);
        assertThat(boxes.get(1).width()).as("box of %s", emoji)
                .isGreaterThanOrEqualTo(emoji.codePointCount(0, emoji.length()) * 1.25 * TextMetrics.NAME_SIZE
                        + 2 * GraphLayout.PAD);
        java.util.regex.Matcher label = java.util.regex.Pattern
                .compile("<g class=\"edge-label choice\"><rect x=\"[^\"]+\" y=\"[^\"]+\" width=\"([0-9.]+)\"")
                .matcher(svg);
        assertThat(label.find()).as("the rule's label in %s", svg).isTrue();
        assertThat(Double.parseDouble(label.group(1)))
                .isGreaterThanOrEqualTo(rule.length() * TextMetrics.LABEL_SIZE);
        // marks that combine with the letter before them add nothing
        assertThat(TextMetrics.width("e\u0301", 10)).isEqualTo(TextMetrics.width("e", 10));
    }

    @Test
    void nestedContainersStayInsideTheirParents() throws IOException {
        String svg = GraphFormat.SVG.render(StateGraphReaderTest.order());
        List<SvgBoxes.Box> boxes = SvgBoxes.read(svg);
        for (SvgBoxes.Box inner : boxes) {
            for (SvgBoxes.Box outer : boxes) {
                if (inner.path().startsWith(outer.path() + "/")) {
                    assertThat(inner.x()).as(inner + " in " + outer).isGreaterThanOrEqualTo(outer.x());
                    assertThat(inner.y()).as(inner + " in " + outer).isGreaterThan(outer.y());
                    assertThat(inner.x() + inner.width()).isLessThanOrEqualTo(outer.x() + outer.width());
                    assertThat(inner.y() + inner.height()).isLessThanOrEqualTo(outer.y() + outer.height());
                }
            }
        }
    }

    @Test
    void aTwoHundredStateMachineWithNestedContainersHasNoOverlappingBoxes() throws IOException {
        JsonNode definition = generated(200, 7);
        String svg = GraphFormat.SVG.render(definition);
        // kept as a test artifact, to look at
        Files.createDirectories(Path.of("target/graphs"));
        Files.writeString(Path.of("target/graphs/generated-200.svg"), svg);
        List<SvgBoxes.Box> boxes = SvgBoxes.read(svg);
        assertThat(boxes.stream().filter(box -> box.path().matches(".*s\\d+$"))).hasSizeGreaterThanOrEqualTo(200);
        assertThat(SvgBoxes.overlaps(svg)).isEmpty();
        double[] size = svgSize(svg);
        assertThat(SvgBoxes.outside(svg, size[0], size[1])).isEmpty();
        // readable: layered top to bottom, not one row 200 boxes wide
        assertThat(size[0]).isLessThan(size[1]);
    }

    @Test
    void everyDefinitionOfTheConformanceCorpusIsDrawnWithoutOverlaps() throws IOException {
        Path cases = SharedMaterial.require("conformance/cases");
        List<String> failures = new ArrayList<>();
        int drawn = 0;
        try (Stream<Path> files = Files.list(cases)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode definition = Json.parse(Files.readString(file)).path("definition");
                if (!definition.isObject()) {
                    continue;
                }
                String svg = GraphFormat.SVG.render(definition);
                List<String> overlaps = SvgBoxes.overlaps(svg);
                if (!overlaps.isEmpty()) {
                    failures.add(file.getFileName() + ": " + overlaps.get(0));
                }
                drawn++;
            }
        }
        assertThat(drawn).isGreaterThan(800);
        assertThat(failures).isEmpty();
    }

    /**
     * A machine of {@code states} states: runs of Tasks with Retry and Catch, Choices branching forward and back,
     * Parallel states whose branches hold a Map, seeded so a failure repeats.
     */
    static JsonNode generated(int states, long seed) {
        Random random = new Random(seed);
        ObjectNode machine = Json.NODES.objectNode();
        machine.put("StartAt", "state0");
        ObjectNode all = machine.putObject("States");
        int[] counter = {0};
        List<String> names = new ArrayList<>();
        for (int i = 0; i < states; i++) {
            names.add("state" + i);
        }
        for (int i = 0; i < states; i++) {
            String name = names.get(i);
            String next = i + 1 < states ? names.get(i + 1) : null;
            ObjectNode state = all.putObject(name);
            int kind = random.nextInt(10);
            if (next == null) {
                state.put("Type", "Succeed");
            } else if (kind < 5) {
                state.put("Type", "Task").put("Resource", "arn:aws:lambda:us-east-1:123456789012:function:f" + i);
                if (kind == 0) {
                    state.putArray("Retry").addObject().put("MaxAttempts", 2).putArray("ErrorEquals").add("States.ALL");
                    ObjectNode handler = state.putArray("Catch").addObject();
                    handler.putArray("ErrorEquals").add("States.ALL");
                    handler.put("Next", names.get(Math.min(states - 1, i + 2 + random.nextInt(5))));
                }
                state.put("Next", next);
            } else if (kind < 7) {
                state.put("Type", "Choice");
                ObjectNode rule = state.putArray("Choices").addObject();
                rule.put("Variable", "$.n" + i).put("NumericGreaterThan", i);
                int target = random.nextBoolean() ? Math.max(0, i - 1 - random.nextInt(4))
                        : Math.min(states - 1, i + 2 + random.nextInt(6));
                rule.put("Next", names.get(target));
                state.put("Default", next);
            } else if (kind < 9) {
                state.put("Type", "Parallel").put("Next", next);
                for (int b = 0; b < 2; b++) {
                    ObjectNode branch = state.withArray("Branches").addObject();
                    String first = "p" + ++counter[0];
                    String map = "m" + ++counter[0];
                    branch.put("StartAt", first);
                    branch.putObject("States").putObject(first).put("Type", "Pass").put("Next", map);
                    ObjectNode mapState = branch.with("States").putObject(map).put("Type", "Map").put("End", true);
                    String inner = "i" + ++counter[0];
                    mapState.putObject("ItemProcessor").put("StartAt", inner).putObject("States").putObject(inner)
                            .put("Type", "Wait").put("Seconds", 1).put("End", true);
                }
            } else {
                state.put("Type", "Pass").put("Next", next);
            }
        }
        return machine;
    }

    static double[] svgSize(String svg) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"").matcher(svg);
        assertThat(matcher.find()).isTrue();
        return new double[] {Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2))};
    }
}
