package dev.stepwise.processor;

import dev.stepwise.testsupport.SharedMaterial;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The npm {@code asl-validator}, the outside judge of the ASL we write. Found through the {@code ASL_VALIDATOR}
 * environment variable (CI sets it); tests that need it are skipped when it is absent.
 */
final class AslValidator {

    /** The validator's verdict: its exit code and everything it printed. */
    record Verdict(int exitCode, String output) {
        boolean valid() {
            return exitCode == 0;
        }
    }

    private AslValidator() {
    }

    static Verdict validate(String definition) throws IOException, InterruptedException {
        String binary = SharedMaterial.requireTool("ASL_VALIDATOR").toString();
        Path file = Files.createTempFile("definition", ".asl.json");
        try {
            Files.writeString(file, definition, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(binary, "--json-path", file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Verdict(process.waitFor(), output);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
