package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayProcessorTest {

    @Test
    void writesByteForByteWhatTheProcessorWrote(@TempDir Path dir) throws IOException {
        Path sources = WorkflowSources.write(dir.resolve("src"), 2);
        Path processed = compile(sources, dir.resolve("processed"), "dev.stepwise.processor.WorkflowProcessor");
        Path replayed = compile(sources, dir.resolve("replayed"), ReplayProcessor.class.getName(),
                "-Astepwise.replay=" + processed);

        Map<String, byte[]> written = files(processed);
        assertThat(written).containsKeys("META-INF/stepwise/bench.generated.Flow1.asl.json",
                "META-INF/stepwise/bench.generated.Flow1.mmd", "bench/generated/Flow1Workflow.java",
                "bench/generated/Flow1Workflow.class");
        Map<String, byte[]> copied = files(replayed);
        assertThat(copied.keySet()).isEqualTo(written.keySet());
        written.forEach((path, bytes) -> assertThat(copied.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void withoutTheFolderToReplayItFailsTheBuild(@TempDir Path dir) throws IOException {
        Path sources = WorkflowSources.write(dir.resolve("src"), 1);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac(sources, Files.createDirectories(dir.resolve("out")), messages,
                ReplayProcessor.class.getName());

        assertThat(status).isNotZero();
        assertThat(messages.toString()).contains("ReplayProcessor needs -Astepwise.replay");
    }

    private static Path compile(Path sources, Path out, String processor, String... options) throws IOException {
        Files.createDirectories(out);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac(sources, out, messages, processor, options);
        assertThat(status).as("javac: %s", messages).isZero();
        return out;
    }

    private static int javac(Path sources, Path out, ByteArrayOutputStream messages, String processor,
            String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path"),
                "-processor", processor));
        args.addAll(List.of(options));
        try (Stream<Path> files = Files.list(sources)) {
            files.map(Path::toString).forEach(args::add);
        }
        return ToolProvider.getSystemJavaCompiler()
                .run(null, OutputStream.nullOutputStream(), messages, args.toArray(String[]::new));
    }

    /** Every file under {@code root}, by its path relative to it with '/' separators. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
