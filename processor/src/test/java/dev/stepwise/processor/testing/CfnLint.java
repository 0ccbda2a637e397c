package dev.stepwise.processor.testing;

import dev.stepwise.testsupport.SharedMaterial;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs AWS's CloudFormation linter, {@code cfn-lint} (1.x, which expands SAM templates with AWS's SAM translator
 * before linting), over generated templates. Every finding counts, warnings and informational ones included: a
 * template the processor writes should give cfn-lint nothing to say.
 *
 * <p>The executable is {@code CFN_LINT} when set (as {@code .ci/run} sets it), else {@code cfn-lint} on the
 * {@code PATH}; without either the test is skipped, or fails under {@code STEPWISE_REQUIRE_SHARED=1}.
 */
public final class CfnLint {

    private final Path executable;

    private CfnLint(Path executable) {
        this.executable = executable;
    }

    public static CfnLint require() {
        String configured = System.getenv("CFN_LINT");
        if (configured == null || configured.isBlank()) {
            Optional<Path> onPath = onPath("cfn-lint");
            if (onPath.isPresent()) {
                return new CfnLint(onPath.get());
            }
        }
        return new CfnLint(SharedMaterial.requireTool("CFN_LINT"));
    }

    /**
     * Every finding for the given templates (file name to JSON text), one line each:
     * {@code file:line:column: [rule] message}. One cfn-lint run lints them all; empty means clean.
     */
    public List<String> findings(Map<String, String> templates) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("cfn-lint");
            List<String> command = new ArrayList<>(List.of(executable.toString(), "--format", "parseable",
                    "--include-checks", "I", "--"));
            for (Map.Entry<String, String> template : templates.entrySet()) {
                Path file = folder.resolve(template.getKey());
                Files.writeString(file, template.getValue(), StandardCharsets.UTF_8);
                command.add(file.toString());
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("cfn-lint did not finish in 5 minutes");
            }
            List<String> findings = new ArrayList<>();
            String prefix = folder + File.separator;
            output.lines().filter(line -> !line.isBlank()).forEach(line -> findings.add(line.replace(prefix, "")));
            if (process.exitValue() != 0 && findings.isEmpty()) {
                throw new AssertionError("cfn-lint failed with exit code " + process.exitValue() + " and no output");
            }
            return findings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while cfn-lint ran", e);
        } finally {
            delete(folder);
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a test for
        }
    }
}
