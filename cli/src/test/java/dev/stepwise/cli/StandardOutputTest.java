package dev.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command whose stdout cannot be written does not exit as though its result had been printed. */
class StandardOutputTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    /** Runs {@code validate} on a valid definition with stdout going to {@code target}; returns the exit code. */
    private int validateInto(OutputStream target) throws IOException {
        Path definition = Files.writeString(dir.resolve("pass.json"),
                "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
        StandardOutput stdout = new StandardOutput(target);
        PrintStream out = stdout.printStream();
        int code = new StepwiseCli(out, errStream).execute("validate", definition.toString());
        out.flush();
        return stdout.exitCode(code, errStream);
    }

    private static OutputStream failing(String reason) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }
        };
    }

    @Test
    void aResultWrittenInFullKeepsTheCommandsExitCode() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();

        assertThat(validateInto(written)).isZero();
        assertThat(written.toString(StandardCharsets.UTF_8)).endsWith("pass.json: valid" + System.lineSeparator());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aResultThatCouldNotBeWrittenIsOneLineAndExitCodeTwo() throws IOException {
        assertThat(validateInto(failing("No space left on device"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("stepwise: cannot write the output: No space left on device" + System.lineSeparator());
    }

    @Test
    void aReaderThatStoppedReadingEndsTheCommandQuietlyAsSigpipeWould() throws IOException {
        assertThat(validateInto(failing("Broken pipe"))).isEqualTo(StandardOutput.BROKEN_PIPE);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
