package dev.stepwise.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.TypeName;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A processor path put together by hand (plain javac, Eclipse's Factory Path) that lacks one of the processor's
 * dependencies: the build fails with one error on each workflow that says what is missing and what to give, not
 * with javac's "uncaught exception" and a stack trace.
 */
class IncompleteProcessorPathTest {

    @Test
    void aMissingDependencyOfTheProcessorIsOneClearErrorPerWorkflow(@TempDir Path work) throws Exception {
        Path source = Files.writeString(work.resolve("Hello.java"), """
                import dev.stepwise.annotations.*;

                @Workflow
                public class Hello {
                    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:hi")
                    String hi(@From("$.name") String name) { return "hi " + name; }
                }
                """);
        String classPath = System.getProperty("java.class.path");
        String javapoet = Path.of(TypeName.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String withoutJavapoet = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.equals(javapoet)).collect(Collectors.joining(File.pathSeparator));

        // javac of its own process: run in this one, it would find the class through the test's class loader
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-parameters", "-classpath", classPath, "-processorpath", withoutJavapoet,
                "-d", work.resolve("classes").toString(), "-s", work.resolve("generated").toString(), source.toString())
                .redirectErrorStream(true).start();
        String printed = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(javac.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(javac.exitValue()).as(printed).isNotZero();
        assertThat(printed).contains("Hello.java:4: error: [IncompleteProcessorPath] the Stepwise processor cannot use"
                + " com.palantir.javapoet.", "(NoClassDefFoundError): the processor path lacks one of its dependencies")
                .contains("1 error").doesNotContain("\tat ", "uncaught exception");
    }
}
