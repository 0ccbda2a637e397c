package dev.stepwise.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eclipse's compiler (ECJ, what Eclipse and VS Code build with) runs the processor from its processor path and gets
 * byte for byte what javac gets: the definition, both templates and the generated source. Both compilers are run
 * from their command lines, as a build tool runs them, with {@code -processorpath} (for ECJ after
 * {@code -classpath}: ECJ ignores a processor path given before the class path, Eclipse bug 573833).
 */
class EclipseCompilerTest {

    @Test
    void ecjWritesWhatJavacWrites(@TempDir Path work) throws IOException, URISyntaxException {
        Path source = Path.of(EclipseCompilerTest.class.getClassLoader().getResource("workflows/Showcase.java").toURI());
        String path = System.getProperty("java.class.path");

        Path javacOut = work.resolve("javac");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream javacLog = new ByteArrayOutputStream();
        int javacExit = javac.run(null, javacLog, javacLog, withOutput(javacOut, List.of("--release", "17", "-parameters",
                "-classpath", path, "-processorpath", path), source).toArray(String[]::new));
        assertThat(javacExit).as("javac: %s", javacLog).isZero();

        Path ecjOut = work.resolve("ecj");
        StringWriter ecjLog = new StringWriter();
        boolean ecjPassed = BatchCompiler.compile(withOutput(ecjOut, List.of("--release", "17", "-parameters",
                        "-classpath", path, "-processorpath", path), source).toArray(String[]::new),
                new PrintWriter(ecjLog), new PrintWriter(ecjLog), null);
        assertThat(ecjPassed).as("ecj: %s", ecjLog).isTrue();

        Map<String, String> fromJavac = generated(javacOut);
        assertThat(fromJavac.keySet()).contains("classes/META-INF/stepwise/showcase.Showcase.asl.json",
                "classes/META-INF/stepwise/showcase.Showcase.template.json",
                "classes/META-INF/stepwise/showcase.Showcase.sam.json", "sources/showcase/ShowcaseWorkflow.java");
        assertThat(generated(ecjOut)).isEqualTo(fromJavac);
    }

    private static List<String> withOutput(Path out, List<String> options, Path source) throws IOException {
        List<String> arguments = new ArrayList<>(options);
        arguments.addAll(List.of("-d", Files.createDirectories(out.resolve("classes")).toString(),
                "-s", Files.createDirectories(out.resolve("sources")).toString(), source.toString()));
        return arguments;
    }

    /** Everything the processor wrote (sources and resources, not class files), by relative path. */
    private static Map<String, String> generated(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> written = Files.walk(out)) {
            for (Path file : written.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".class")).toList()) {
                files.put(out.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
