package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FloorProcessorTest {

    @Test
    void writesOneCompiledRecordPerWorkflowAndNothingElse(@TempDir Path dir) throws IOException {
        Path sources = WorkflowSources.write(dir.resolve("src"), 2);
        Path out = Files.createDirectories(dir.resolve("out"));
        Path generated = Files.createDirectories(dir.resolve("generated"));
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-s", generated.toString(),
                "-cp", System.getProperty("java.class.path"), "-processor", FloorProcessor.class.getName()));
        try (Stream<Path> files = Files.list(sources)) {
            files.map(Path::toString).forEach(args::add);
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = ToolProvider.getSystemJavaCompiler()
                .run(null, OutputStream.nullOutputStream(), messages, args.toArray(String[]::new));

        assertThat(status).as("javac: %s", messages).isZero();
        try (Stream<Path> files = Files.walk(generated)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("Flow0Workflow.java", "Flow1Workflow.java");
        }
        assertThat(out.resolve("bench/generated/Flow1Workflow$Input.class")).exists();
        assertThat(out.resolve("META-INF")).doesNotExist();
    }
}
