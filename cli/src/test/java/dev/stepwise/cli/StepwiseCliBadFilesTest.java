package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not one JSON document within AWS's size limit, given as the definition or as {@code --input}:
 * each ends with exit code 2 and exactly one line on stderr, never a stack trace.
 */
class StepwiseCliBadFilesTest {

    private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

    @TempDir
    Path dir;

    /** One bad file per case, written fresh (the 100 MB one is deleted with the folder). */
    private List<String> badFiles() throws IOException {
        List<String> files = new ArrayList<>();
        files.add(write("trailing.json", PASS + " garbage"));
        files.add(write("two.json", PASS + "\n" + PASS));
        files.add(write("empty.json", ""));
        files.add(write("blank.json", " \n\t "));
        files.add(write("deep.json", "[".repeat(5_000) + "]".repeat(5_000)));
        files.add(Files.write(dir.resolve("latin1.json"), PASS.replace("\"P\"", "\"Café\"")
                .getBytes(StandardCharsets.ISO_8859_1)).toString());
        Path folder = Files.createDirectory(dir.resolve("folder"));
        files.add(folder.toString());
        files.add("/dev/zero");
        Path huge = dir.resolve("huge.json");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] chunk = ("[" + "1,".repeat(50_000)).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 100L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        files.add(huge.toString());
        return files;
    }

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result stepwise(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new StepwiseCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertOneLineAndExitTwo(Result result, String file) {
        assertThat(result.code()).as(file).isEqualTo(2);
        assertThat(result.err().lines()).as(file).singleElement()
                .satisfies(line -> assertThat(line).startsWith("stepwise: ").doesNotContain("Exception")
                        .doesNotContain("com.fasterxml", "`", "[Source:"));
    }

    @Test
    void malformedJsonIsReportedAtItsLineAndColumn() throws IOException {
        String comma = write("comma.json", "{\n  \"StartAt\": \"P\",\n  \"States\": {\"P\": {\"Type\": \"Pass\",}}\n}");
        assertThat(stepwise("validate", comma).err()).isEqualTo("stepwise: " + comma + " is not valid JSON: at line"
                + " 3, column 35: Unexpected character ('}' (code 125)): was expecting double-quote to start field name\n");
        String open = write("open.json", "\n  {\"StartAt\": [\"P\"]\n");
        assertThat(stepwise("run", open).err()).isEqualTo("stepwise: " + open + " is not valid JSON: at line 3,"
                + " column 1: Unexpected end-of-input: expected close marker for Object (start marker at line 2,"
                + " column 3)\n");
        String two = write("two.json", PASS + "\n" + PASS);
        assertThat(stepwise("run", two).err()).isEqualTo("stepwise: " + two + " is not valid JSON: at line 2,"
                + " column 1: more JSON after the end of the document\n");
        assertThat(stepwise("run", write("pass.json", PASS), "--input", "{\"a\": 1").err()).isEqualTo("stepwise: --input is neither a"
                + " file nor valid JSON: at line 1, column 8: Unexpected end-of-input: expected close marker for"
                + " Object (start marker at line 1, column 1)\n");
    }

    /** Text in another encoding is named where it is, not read with U+FFFD in place of what the file says. */
    @Test
    void aFileThatIsNotUtf8IsReportedAtItsByte() throws IOException {
        String text = "{\"StartAt\": \"P\",\n\"States\": {\"P\": {\"Type\": \"Pass\", \"Result\": \"café\", \"End\": true}}}";
        String latin1 = Files.write(dir.resolve("latin1.json"), text.getBytes(StandardCharsets.ISO_8859_1)).toString();
        String definition = write("pass.json", PASS);

        for (Result result : List.of(stepwise("run", latin1), stepwise("validate", latin1),
                stepwise("run", definition, "--input", latin1))) {
            assertThat(result.err()).isEqualTo("stepwise: " + latin1 + " is not UTF-8 text: the byte 0xE9 on line 2 is"
                    + " not UTF-8 (JSON is UTF-8 text); save the file as UTF-8\n");
            assertThat(result.code()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
        }
    }

    @Test
    void aBadDefinitionFileIsOneLineAndExitCodeTwo() throws IOException {
        for (String file : badFiles()) {
            assertOneLineAndExitTwo(stepwise("run", file), file);
            assertOneLineAndExitTwo(stepwise("validate", file), file);
        }
    }

    @Test
    void aBadInputFileIsOneLineAndExitCodeTwo() throws IOException {
        String definition = write("pass.json", PASS);
        for (String file : badFiles()) {
            assertOneLineAndExitTwo(stepwise("run", definition, "--input", file), file);
        }
    }

    @Test
    void sizeLimitsAreAwsOnesAndAreNamed() throws IOException {
        String definition = write("pass.json", PASS);
        String input = write("big-input.json", "\"" + "x".repeat(262_144 - 2) + "\"");
        assertThat(stepwise("run", definition, "--input", input).code()).isZero();
        String over = write("over-input.json", "\"" + "x".repeat(262_144 - 1) + "\"");
        Result refused = stepwise("run", definition, "--input", over);
        assertThat(refused.err()).contains("larger than 262144 bytes");
        String comment = "{\"Comment\":\"" + "x".repeat(1_048_576) + "\"," + PASS.substring(1);
        Result tooLarge = stepwise("validate", write("big-definition.json", comment));
        assertOneLineAndExitTwo(tooLarge, "big-definition.json");
        assertThat(tooLarge.err()).contains("larger than 1048576 bytes");
    }

    /** An empty argument where a file or folder goes is refused, in every command, rather than taken as ".". */
    @Test
    void anEmptyFileOrFolderArgumentIsOneLineAndExitCodeTwo() throws IOException {
        String definition = write("pass.json", PASS);
        Files.writeString(dir.resolve("case.json"), "{\"kind\": \"execution\", \"definition\": " + PASS + "}");
        List<List<String>> commands = List.of(
                List.of("run", ""),
                List.of("run", definition, "--report", ""),
                List.of("run", definition, "--mock-config", "", "--test-case", "T"),
                List.of("test-state", "", "--state", "P"),
                List.of("validate", definition, ""),
                List.of("graph", ""),
                List.of("graph", definition, "--out", ""),
                List.of("conformance", "", "--report", dir.resolve("report.json").toString()),
                List.of("conformance", dir.toString(), "--report", ""),
                List.of("serve", "--port", "0", "--mock-config", ""));
        for (List<String> command : commands) {
            Result result = stepwise(command.toArray(String[]::new));
            assertOneLineAndExitTwo(result, command.toString());
            assertThat(result.err()).as(command.toString())
                    .isEqualTo("stepwise: an empty argument is not a file or folder name\n");
        }
        assertThat(dir.resolve("report.json")).doesNotExist();
    }

    /** {@code run --report} takes the paths the other commands' outputs take, and is checked before the run. */
    @Test
    void aReportThatCannotBeWrittenIsRefusedBeforeTheRun() throws IOException {
        String definition = write("pass.json", PASS);
        String underAFile = definition + "/run.html";

        Result result = stepwise("run", definition, "--events", "--report", underAFile);

        // one line and no status change event: the execution did not start
        assertOneLineAndExitTwo(result, underAFile);
        assertThat(result.err()).isEqualTo("stepwise: cannot write " + underAFile + ": " + definition
                + " is a file, not a folder\n");
        assertThat(result.out()).isEmpty();
    }
}
