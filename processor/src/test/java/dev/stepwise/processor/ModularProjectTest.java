package dev.stepwise.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.annotations.Workflow;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's project with a {@code module-info.java} that requires only {@code dev.stepwise.annotations} (the module
 * its workflows are written against) compiles with the processor on the processor path: what the generated class
 * names (the workflow contract, Jackson, {@code javax.annotation.processing.Generated}) is readable through it.
 */
class ModularProjectTest {

    @Test
    void aModuleThatRequiresTheAnnotationsCompilesItsGeneratedWorkflow(@TempDir Path project) throws Exception {
        Path sources = project.resolve("src");
        Path moduleInfo = write(sources.resolve("module-info.java"), """
                module com.example.shipping {
                    requires dev.stepwise.annotations;
                    exports com.example.shipping;
                }
                """);
        Path workflow = write(sources.resolve("com/example/shipping/Shipment.java"), """
                package com.example.shipping;

                import dev.stepwise.annotations.*;

                @Workflow
                public class Shipment {
                    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:quote")
                    @ResultPath("$.quote")
                    Quote quote(@From("$.destination") String destination) {
                        return new Quote(destination.length());
                    }

                    @Parallel(branches = Notify.class)
                    void announce() {}

                    public record Quote(int price) {}
                }
                """);
        Path flow = write(sources.resolve("com/example/shipping/Notify.java"), """
                package com.example.shipping;

                import dev.stepwise.annotations.*;

                @Flow
                public class Notify {
                    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:notify")
                    String email(@From("$.destination") String destination) {
                        return destination;
                    }
                }
                """);

        var log = new ByteArrayOutputStream();
        int exit = ToolProvider.getSystemJavaCompiler().run(null, log, log, "--release", "17", "-parameters",
                "--module-path", modulePath(), "-processorpath", System.getProperty("java.class.path"),
                "-d", project.resolve("classes").toString(), "-s", project.resolve("generated").toString(),
                moduleInfo.toString(), workflow.toString(), flow.toString());

        assertThat(exit).as("javac: %s", log).isZero();
        assertThat(project.resolve("classes/com/example/shipping/ShipmentWorkflow.class")).exists();
    }

    /** What a user's module path holds: the annotations module and Jackson, the modules it requires. */
    private static String modulePath() {
        var entries = Stream.<Class<?>>of(Workflow.class, ObjectMapper.class, JsonFactory.class, JsonProperty.class)
                .map(ModularProjectTest::locationOf).distinct().toList();
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
