package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How every command reads its options: {@code --opt=value} as {@code --opt value}, a value option given once, a flag
 * without a value.
 */
class OptionSyntaxTest {

    private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result stepwise(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new StepwiseCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String definition() throws IOException {
        return Files.writeString(dir.resolve("pass.json"), PASS).toString();
    }

    @Test
    void aValueJoinedByEqualsIsTheSameAsTheNextArgument() throws IOException {
        String definition = definition();
        Result joined = stepwise("run", "--input={\"a\":1}", definition, "--type=EXPRESS");
        Result separate = stepwise("run", "--input", "{\"a\":1}", definition, "--type", "EXPRESS");

        assertThat(joined).isEqualTo(separate);
        assertThat(joined.code()).isZero();
        assertThat(Json.parse(joined.out()).get("output")).isEqualTo(Json.parse("{\"a\":1}"));
        // only the first '=' joins: the value may hold more
        JsonNode equalsInside = Json.parse(stepwise("test-state", definition, "--state=P",
                "--input={\"e\":\"a=b\"}").out()).get("output");
        assertThat(equalsInside).isEqualTo(Json.parse("{\"e\":\"a=b\"}"));
        Path svg = dir.resolve("g.svg");
        assertThat(stepwise("graph", definition, "--out=" + svg).code()).isZero();
        assertThat(svg).content().startsWith("<svg");
        assertThat(stepwise("serve", "--port=99999").err()).startsWith("stepwise: --port is a number from 0 to 65535,"
                + " not '99999'");
    }

    @Test
    void anOptionWithAValueGivenTwiceIsBadUsageInEveryCommand() throws IOException {
        String definition = definition();
        assertTwiceIsRefused("--input", "run", definition, "--input", "{}", "--input", "[1]");
        assertTwiceIsRefused("--state", "test-state", definition, "--state", "P", "--state=Q");
        assertTwiceIsRefused("--format", "graph", definition, "--format=svg", "--format", "dot");
        assertTwiceIsRefused("--report", "conformance", dir.toString(), "--report", "a.json", "--report", "b.json");
        assertTwiceIsRefused("--port", "serve", "--port", "0", "--port", "1");
        // a flag may be repeated: it says the same thing twice
        assertThat(stepwise("run", definition, "--history", "--history").code()).isZero();
    }

    @Test
    void aFlagGivenAValueIsBadUsageRatherThanTheValueBeingDropped() throws IOException {
        Result result = stepwise("run", definition(), "--history=false");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("stepwise: --history takes no value, not 'false'\nusage: stepwise run ");
        assertThat(result.out()).isEmpty();
    }

    /** One option, one reading: serve said '--clock is system or virtual' with the usage, run another line. */
    @Test
    void clockReadsTheSameInRunAndServe() throws IOException {
        String definition = definition();
        Result run = stepwise("run", definition, "--clock", "fast");
        Result serve = stepwise("serve", "--port", "0", "--clock", "fast");

        assertThat(serve).isEqualTo(run);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("stepwise: --clock: unknown clock 'fast': use virtual or system\n");
        // in any case, as --type and --log-level are read
        assertThat(stepwise("run", definition, "--clock", "System", "--type", "express").code()).isZero();
    }

    private static void assertTwiceIsRefused(String option, String... args) {
        Result result = stepwise(args);
        assertThat(result.code()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(result.err()).as(String.join(" ", args))
                .startsWith("stepwise: " + option + " is given twice; give it once\nusage: stepwise " + args[0] + " ");
        assertThat(result.out()).isEmpty();
    }
}
