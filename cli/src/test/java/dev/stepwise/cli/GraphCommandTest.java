package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.asl.data.Json;
import dev.stepwise.testsupport.SharedMaterial;
import dev.stepwise.testsupport.SvgBoxes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stepwise graph} and {@code stepwise run --report}. */
class GraphCommandTest {

    private static final String MACHINE = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\", "
            + "\"Resource\": \"arn:aws:states:::lambda:invoke\", \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], "
            + "\"Next\": \"F\"}], \"End\": true}, \"F\": {\"Type\": \"Fail\", \"Error\": \"Boom\"}}}";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int stepwise(String... args) {
        out.reset();
        err.reset();
        return new StepwiseCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private String definition() throws IOException {
        Path file = dir.resolve("machine.asl.json");
        Files.writeString(file, MACHINE);
        return file.toString();
    }

    @Test
    void drawsMermaidByDefaultAndDotOrSvgOnRequest() throws IOException {
        String file = definition();
        assertThat(stepwise("graph", file)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("flowchart TD\n")
                .contains("s1 -.->|\"Catch States.ALL\"| s2");
        assertThat(stepwise("graph", file, "--format", "dot")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("digraph StateMachine {");
        Path svg = dir.resolve("machine.svg");
        assertThat(stepwise("graph", file, "--format", "SVG", "--out", svg.toString())).isZero();
        assertThat(out.size()).isZero();
        assertThat(Files.readString(svg)).startsWith("<svg").contains("data-state=\"F\"");
    }

    /** Without --format the output file's extension says the format; --format still wins, and other names get Mermaid. */
    @Test
    void theOutputFilesExtensionPicksTheFormatUnlessOneIsGiven() throws IOException {
        String file = definition();
        Path svg = dir.resolve("g.SVG");
        assertThat(stepwise("graph", file, "--out", svg.toString())).isZero();
        assertThat(Files.readString(svg)).startsWith("<svg").contains("data-state=\"F\"");
        Path dot = dir.resolve("g.dot");
        assertThat(stepwise("graph", file, "--out", dot.toString())).isZero();
        assertThat(Files.readString(dot)).startsWith("digraph StateMachine {");
        Path given = dir.resolve("given.svg");
        assertThat(stepwise("graph", file, "--out", given.toString(), "--format", "dot")).isZero();
        assertThat(Files.readString(given)).startsWith("digraph StateMachine {");
        Path markdown = dir.resolve("g.md");
        assertThat(stepwise("graph", file, "--out", markdown.toString())).isZero();
        assertThat(Files.readString(markdown)).startsWith("flowchart TD\n");
    }

    /** Graphviz's own extension (.gv) and Mermaid's long one (.mermaid) say their formats as .dot and .mmd do. */
    @Test
    void graphvizAndMermaidsOtherExtensionsPickTheirFormats() throws IOException {
        String file = definition();
        Path gv = dir.resolve("g.gv");
        assertThat(stepwise("graph", file, "--out", gv.toString())).isZero();
        assertThat(Files.readString(gv)).startsWith("digraph StateMachine {");
        Path mermaid = dir.resolve("g.mermaid");
        assertThat(stepwise("graph", file, "--out", mermaid.toString())).isZero();
        assertThat(Files.readString(mermaid)).startsWith("flowchart TD\n");
    }

    /** A picture format graph does not write is refused, not filled with Mermaid text no image viewer opens. */
    @Test
    void aPictureFormatItCannotWriteIsRefusedAndNothingIsWritten() throws IOException {
        String file = definition();
        for (String name : List.of("g.png", "g.JPG", "g.pdf")) {
            Path picture = dir.resolve(name);
            assertThat(stepwise("graph", file, "--out", picture.toString())).as(name).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(name).startsWith("stepwise: --out " + picture
                    + ": graph writes .svg, .dot or .gv, and .mmd or .mermaid").doesNotContain("\tat ");
            assertThat(picture).as(name).doesNotExist();
        }
        Path png = dir.resolve("explicit.png");
        assertThat(stepwise("graph", file, "--out", png.toString(), "--format", "dot")).isZero(); // asked for
        assertThat(Files.readString(png)).startsWith("digraph StateMachine {");
    }

    @Test
    void badUsageIsOneLineAndExitCodeTwo() throws IOException {
        assertThat(stepwise("graph")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("stepwise: graph needs a DEFINITION file");
        assertThat(stepwise("graph", definition(), "--format", "png")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("stepwise: --format is mermaid, dot or svg");
        Path array = dir.resolve("array.json");
        Files.writeString(array, "[1]");
        assertThat(stepwise("graph", array.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("a definition is a JSON object");
        assertThat(stepwise("graph", dir.resolve("missing.json").toString())).isEqualTo(2);
    }

    /**
     * JSON that is no definition (a CloudFormation template, DescribeStateMachine's answer, an empty object) was
     * drawn as Start alone with exit code 0, and the empty picture passed for the machine's.
     */
    @Test
    void jsonThatIsNoDefinitionIsRefusedWithWhatItLacks() throws IOException {
        for (String notADefinition : List.of("{}",
                "{\"Resources\": {\"M\": {\"Type\": \"AWS::StepFunctions::StateMachine\", \"Properties\": {"
                        + "\"Definition\": " + MACHINE + "}}}}",
                "{\"StartAt\": \"A\", \"States\": [\"A\"]}")) {
            Path file = Files.writeString(dir.resolve("not-a-definition.json"), notADefinition);
            Path svg = dir.resolve("not-a-definition.svg");
            assertThat(stepwise("graph", file.toString(), "--out", svg.toString())).as(notADefinition).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("stepwise: " + file
                    + " is not a state machine definition: it has no \"States\" object, as a state machine has, nor a"
                    + " \"Type\", as one state has\n");
            assertThat(svg).doesNotExist();
        }
        Path described = Files.writeString(dir.resolve("described.json"), Json.write(Json.NODES.objectNode()
                .put("stateMachineArn", "arn:aws:states:us-east-1:123456789012:stateMachine:m").put("definition", MACHINE)));
        assertThat(stepwise("graph", described.toString())).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("\"definition\"", "DescribeStateMachine");
        // one state alone, as TestState takes it, is a definition
        Path state = Files.writeString(dir.resolve("state.json"), "{\"Type\": \"Pass\", \"End\": true}");
        assertThat(stepwise("graph", state.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Pass");
    }

    /** As {@code run --report} makes the folders of its report, {@code graph --out} makes those of its picture. */
    @Test
    void anOutputIntoFoldersThatDoNotExistYetMakesThem() throws IOException {
        Path nested = dir.resolve("pictures/of orders/g.svg");
        assertThat(stepwise("graph", definition(), "--format", "svg", "--out", nested.toString())).isZero();
        assertThat(Files.readString(nested)).startsWith("<svg");
    }

    @Test
    void anOutputThatCannotBeWrittenSaysWhy() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        Path underAFile = file.resolve("g.svg");
        assertThat(stepwise("graph", definition(), "--out", underAFile.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("stepwise: cannot write " + underAFile
                + ": " + file + " is a file, not a folder\n");
        assertThat(stepwise("graph", definition(), "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("stepwise: cannot write " + dir
                + ": it is a folder\n");
    }

    @Test
    void runWritesAReportOfTheExecution() throws IOException {
        Path report = dir.resolve("reports/run.html");
        int code = stepwise("run", definition(), "--report", report.toString());
        assertThat(code).isEqualTo(1);
        assertThat(Json.parse(out.toString(StandardCharsets.UTF_8)).get("status").asText()).isEqualTo("FAILED");
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("<svg", "FailStateEntered");
    }

    @Test
    void drawsEveryDefinitionOfTheConformanceCorpusInEveryFormat() throws IOException {
        Path cases = SharedMaterial.require("conformance/cases");
        List<String> failures = new ArrayList<>();
        int drawn = 0;
        try (Stream<Path> files = Files.list(cases)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Path definition = dir.resolve("definition.json");
                Files.writeString(definition, Json.write(Json.parse(Files.readString(file)).get("definition")));
                for (String format : List.of("mermaid", "dot", "svg")) {
                    int code = stepwise("graph", definition.toString(), "--format", format);
                    if (code != 0 || out.size() == 0) {
                        failures.add(file.getFileName() + " " + format + ": " + code + " "
                                + err.toString(StandardCharsets.UTF_8));
                    } else if (format.equals("svg")) {
                        List<String> overlaps = SvgBoxes.overlaps(out.toString(StandardCharsets.UTF_8));
                        if (!overlaps.isEmpty()) {
                            failures.add(file.getFileName() + ": " + overlaps.get(0));
                        }
                    }
                }
                drawn++;
            }
        }
        assertThat(drawn).isEqualTo(836);
        assertThat(failures).isEmpty();
    }
}
