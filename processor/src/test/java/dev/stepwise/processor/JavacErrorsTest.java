package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Sources.compile;
import static dev.stepwise.processor.Sources.type;
import static dev.stepwise.processor.Sources.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Annotation values javac cannot compute (a class literal naming no known class, a value of the wrong type, a
 * non-constant expression): javac reports them, the processor adds nothing to that and generates nothing, and a
 * class another processor generates later is waited for.
 */
class JavacErrorsTest {

    private static final String LAMBDA = "\"arn:aws:lambda:us-east-1:123456789012:function:f\"";
    private static final String END = "\n    @Succeed void done() {}";

    /** javac's own error, expected once, on the line containing {@code line}. */
    record Case(String name, String error, String line, List<JavaFileObject> sources) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        JavaFileObject branch = type("Branch", "@Flow public class Branch { @Succeed void done() {} }");
        return Stream.of(
                new Case("a Parallel branch with a typo", "cannot find symbol", "Refund.class",
                        List.of(workflow("    @Parallel(branches = Refund.class) void both() {}" + END))),
                new Case("a Map processor with a typo", "cannot find symbol", "Shipx.class",
                        List.of(workflow("    @Map(processor = Shipx.class) void each() {}" + END))),
                new Case("one of several branches unknown", "cannot find symbol", "Refund.class",
                        List.of(workflow("    @Parallel(branches = {Branch.class, Refund.class}) void both() {}" + END),
                                branch)),
                new Case("a string for a number", "incompatible types", "\"5\"",
                        List.of(workflow("    @Wait(seconds = \"5\") void pause() {}" + END))),
                new Case("an enum constant not imported", "cannot find symbol", "JSONATA",
                        List.of(type("Sample", "@Workflow(queryLanguage = JSONATA)\npublic class Sample {" + END + "\n}"))),
                new Case("a resource that is not a constant", "must be a constant", "resource = ARN",
                        List.of(workflow("    static String ARN = " + LAMBDA + ";\n"
                                + "    @Task(resource = ARN) void call() {}" + END))),
                new Case("a number in a nested annotation", "incompatible types", "\"half\"",
                        List.of(Sources.workflow("@Publish(alias = \"live\", routing = @Publish.Route(weight = \"half\"))",
                                "    @Succeed void done() {}"))),
                new Case("a wrong value inside a flow", "incompatible types", "\"soon\"",
                        List.of(workflow("    @Parallel(branches = Slow.class) void both() {}" + END),
                                type("Slow", "@Flow public class Slow {\n    @Wait(seconds = \"soon\") void pause() {}\n}"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void javacReportsTheValueAndTheProcessorAddsNothing(Case c) {
        Compilation compilation = compile(c.sources().toArray(JavaFileObject[]::new));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(c.error()).inFile(c.sources().get(fileWith(c)))
                .onLineContaining(c.line());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatesNothing(Case c, @TempDir Path directory) throws IOException {
        List<String> written = Sources.compileInto(directory, c.sources().toArray(JavaFileObject[]::new));

        assertThat(written).noneMatch(f -> f.startsWith("generated") || f.endsWith(".asl.json"));
    }

    @Test
    void aBranchAnotherProcessorGeneratesIsWaitedFor() throws IOException {
        Compilation compilation = Compiler.javac()
                .withProcessors(new WorkflowProcessor(), new RefundGenerator())
                .compile(workflow("    @Parallel(branches = Refund.class) void both() {}" + END));

        assertThat(compilation).succeededWithoutWarnings();
        String definition = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
                "META-INF/stepwise/test.Sample.asl.json").orElseThrow().getCharContent(false).toString();
        assertThat(definition).contains("\"StartAt\": \"refund\"");
        assertThat(compilation).generatedSourceFile("test.SampleWorkflow");
    }

    /** The file of a case to find its error in: the one whose text holds the line. */
    private static int fileWith(Case c) {
        for (int i = 0; i < c.sources().size(); i++) {
            try {
                if (c.sources().get(i).getCharContent(false).toString().contains(c.line())) {
                    return i;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new AssertionError("no source of " + c + " contains " + c.line());
    }

    /** Generates the {@code @Flow} class {@code test.Refund} in its first round, as a code generator would. */
    private static final class RefundGenerator extends AbstractProcessor {

        private boolean generated;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!generated) {
                generated = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile("test.Refund").openWriter()) {
                    writer.write("package test;\n@dev.stepwise.annotations.Flow\npublic class Refund {\n"
                            + "    @dev.stepwise.annotations.Succeed void refund() {}\n}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }
}
