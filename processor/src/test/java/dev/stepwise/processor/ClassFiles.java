package dev.stepwise.processor;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Classes compiled ahead, without the processor, to stand for a library jar or an earlier build's output. */
final class ClassFiles {

    private ClassFiles() {
    }

    /** Compiles {@code sources} into {@code directory} with the given javac options; fails on any error. */
    static Path compile(Path directory, List<String> options, JavaFileObject... sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        Files.createDirectories(directory);
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(directory));
            var arguments = new ArrayList<>(options);
            arguments.addAll(List.of("-proc:none", "-classpath", System.getProperty("java.class.path")));
            if (!javac.getTask(null, files, diagnostics, arguments, null, List.of(sources)).call()) {
                throw new AssertionError("the class path sources do not compile: " + diagnostics.getDiagnostics());
            }
        }
        return directory;
    }

    /** The test class path with {@code directory} first, for compile-testing's {@code withClasspath}. */
    static List<File> classPathWith(Path directory) {
        var path = new ArrayList<File>();
        path.add(directory.toFile());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            path.add(new File(entry));
        }
        return path;
    }
}
