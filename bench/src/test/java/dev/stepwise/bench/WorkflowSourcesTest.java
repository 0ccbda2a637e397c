package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowSourcesTest {

    @Test
    void generatedWorkflowsCompileThroughTheProcessorIntoTenStateDefinitions(@TempDir Path dir) throws IOException {
        Path sources = WorkflowSources.write(dir.resolve("src"), 2);
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> args = new java.util.ArrayList<>(List.of("-d", out.toString(), "-cp",
                System.getProperty("java.class.path")));
        try (Stream<Path> files = Files.list(sources)) {
            files.map(Path::toString).forEach(args::add);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, OutputStream.nullOutputStream(), messages, args.toArray(String[]::new));

        assertThat(status).as("javac: %s", messages).isZero();
        JsonNode definition = Json.parse(Files.readString(out.resolve("META-INF/stepwise/bench.generated.Flow1.asl.json")));
        assertThat(definition.path("States").size()).isEqualTo(10);
        assertThat(definition.path("States").path("route").path("Type").asText()).isEqualTo("Choice");
        assertThat(out.resolve("bench/generated/Flow1Workflow.class")).exists();
    }
}
