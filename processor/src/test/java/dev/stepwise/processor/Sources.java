package dev.stepwise.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Test sources: a workflow class body wrapped in a compilable file, and the processor run over it. */
final class Sources {

    static final String HEADER = """
            package test;

            import dev.stepwise.annotations.*;
            import java.math.BigDecimal;
            import java.util.List;

            """;

    private Sources() {
    }

    /** {@code test.Sample}, annotated {@code @Workflow} plus {@code classAnnotations}, with the given members. */
    static JavaFileObject workflow(String classAnnotations, String body) {
        return JavaFileObjects.forSourceString("test.Sample",
                HEADER + "@Workflow\n" + classAnnotations + (classAnnotations.isEmpty() ? "" : "\n")
                        + "public class Sample {\n" + body + "\n}\n");
    }

    static JavaFileObject workflow(String body) {
        return workflow("", body);
    }

    /** Another class in package {@code test}, for branches and processors. */
    static JavaFileObject type(String simpleName, String source) {
        return JavaFileObjects.forSourceString("test." + simpleName, HEADER + source);
    }

    /**
     * Compiles with plain javac into {@code directory} and lists every file written there. Unlike compile-testing,
     * this shows what a failed compilation generated.
     */
    static List<String> compileInto(Path directory, JavaFileObject... sources) throws IOException {
        return compileInto(directory, new WorkflowProcessor(), sources);
    }

    static List<String> compileInto(Path directory, WorkflowProcessor processor, JavaFileObject... sources)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Path classes = Files.createDirectories(directory.resolve("classes"));
            Path generated = Files.createDirectories(directory.resolve("generated"));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostic -> { },
                    List.of("-classpath", System.getProperty("java.class.path")), null, List.of(sources));
            task.setProcessors(List.of(processor));
            task.call();
        }
        try (Stream<Path> written = Files.walk(directory)) {
            return written.filter(Files::isRegularFile).map(p -> directory.relativize(p).toString()).sorted().toList();
        }
    }

    static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new WorkflowProcessor()).compile(sources);
    }

    /**
     * The declaration of record {@code name} nested in the generated source {@code workflowClass}, from its
     * javadoc-free header to its closing brace.
     */
    static String nestedRecord(Compilation compilation, String workflowClass, String name) throws IOException {
        String text = compilation.generatedSourceFile(workflowClass).orElseThrow().getCharContent(false).toString();
        int start = text.indexOf("public record " + name + "(");
        if (start < 0) {
            throw new AssertionError("no record " + name + " in " + workflowClass + ":\n" + text);
        }
        return text.substring(start, text.indexOf("\n  }\n", start) + 4);
    }
}
