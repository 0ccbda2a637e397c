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
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoValueSourcesTest {

    @Test
    void eachSourceIsOneValueClassThatAutoValueGivesAnImplementationAndABuilder(@TempDir Path dir) throws IOException {
        Path sources = AutoValueSources.write(dir.resolve("src"), 2);
        Path out = Files.createDirectories(dir.resolve("out"));
        String classPath = System.getProperty("java.class.path");
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", classPath, "-processorpath",
                classPath, "-processor", "com.google.auto.value.processor.AutoValueProcessor,"
                        + "com.google.auto.value.processor.AutoValueBuilderProcessor"));
        try (Stream<Path> files = Files.list(sources)) {
            files.map(Path::toString).forEach(args::add);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, OutputStream.nullOutputStream(), messages, args.toArray(String[]::new));

        assertThat(status).as("javac: %s", messages).isZero();
        assertThat(out.resolve("bench/autovalue/AutoValue_Value1.class")).exists();
        assertThat(out.resolve("bench/autovalue/AutoValue_Value1$Builder.class")).exists();
        assertThat(AutoValueSources.source(1)).contains("@AutoValue.Builder")
                .containsOnlyOnce("public abstract class Value1 ");
        // the baseline compiles the same sources without any processor
        List<String> baseline = new ArrayList<>(args.subList(0, 4));
        baseline.add("-proc:none");
        baseline.set(1, Files.createDirectories(dir.resolve("baseline")).toString());
        baseline.addAll(args.subList(8, args.size()));
        assertThat(javac.run(null, OutputStream.nullOutputStream(), messages, baseline.toArray(String[]::new)))
                .as("javac -proc:none: %s", messages).isZero();
        long accessors = AutoValueSources.source(1).lines()
                .filter(line -> line.matches("\\s*public abstract [\\w<>, ]+ \\w+\\(\\);")).count();
        assertThat(accessors).as("ten properties and the builder's build()").isEqualTo(11);
    }
}
