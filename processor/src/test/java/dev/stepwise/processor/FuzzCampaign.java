package dev.stepwise.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.JavaFileObjects;
import dev.stepwise.runtime.InvalidDefinitionException;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.workflow.TaskMethod;
import dev.stepwise.workflow.WorkflowMetadata;
import dev.stepwise.workflow.WorkflowSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles mutants of the {@link FuzzSeeds} with the processor, many per javac run, and sorts what each one gave:
 * errors on its own source, internal errors, errors in the code generated for it, the definitions it generated and
 * whether the runtime loads them.
 */
final class FuzzCampaign {

    /**
     * javac attributes every file despite earlier errors (so generated code is checked even in a run where other
     * mutants fail), writes no class files (nothing runs them), and prints every diagnostic: past javac's default
     * of 100 errors an internal error could go unseen.
     */
    private static final List<String> OPTIONS = List.of("-XDshould-stop.ifError=FLOW", "-XDshould-stop.ifNoError=FLOW",
            "-Xmaxerrs", "1000000", "-Xmaxwarns", "1000000", "-Xlint:none");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);");
    private static final Pattern CLASS = Pattern.compile("\npublic class (\\w+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One mutant: its source, where it lives, and how it was made. */
    record Case(int id, String packageName, String className, String source, List<String> mutations) {

        String qualifiedName() {
            return packageName.isEmpty() ? className : packageName + "." + className;
        }

        /** Whether a file (a source, or one generated for it) is this case's. */
        boolean owns(String path) {
            return packageName.isEmpty()
                    ? path.substring(path.lastIndexOf('/') + 1).startsWith(className)
                    : path.contains("/" + packageName.replace('.', '/') + "/");
        }

        boolean isSource(String path) {
            return path.endsWith("/" + qualifiedName().replace('.', '/') + ".java");
        }

        /** Whether the top-level class is a workflow, which a mutation may have undone. */
        boolean isWorkflow() {
            return source.lines().anyMatch(line -> line.startsWith("@Workflow"));
        }
    }

    /**
     * What compiling one case gave.
     *
     * @param definitions the definitions generated for the case's workflows, by qualified class name
     */
    record Outcome(Case c, List<String> errors, List<String> internalErrors, List<String> generatedCodeErrors,
                   Map<String, String> definitions, String crash) {

        boolean clean() {
            return errors.isEmpty() && internalErrors.isEmpty() && crash == null;
        }

        /** A clean workflow without its definition, or whose generated code does not compile. */
        boolean generatedBadly() {
            return clean() && (!generatedCodeErrors.isEmpty()
                    || (c.isWorkflow() && !definitions.containsKey(c.qualifiedName())));
        }
    }

    /** A definition the runtime would not load, with its problems. */
    record Rejection(Case c, String definition, String problems) {
    }

    private FuzzCampaign() {
    }

    /** {@code count} mutants, seeded: the same seed gives the same sources. */
    static List<Case> cases(long seed, int count) {
        var random = new Random(seed);
        var mutator = new SourceMutator(random);
        List<String> seeds = FuzzSeeds.all();
        var cases = new ArrayList<Case>();
        for (int i = 0; i < count; i++) {
            String template = seeds.get(i % seeds.size()).replace("PACKAGE", "fuzz.c" + i);
            // every twentieth case is its seed unchanged, the rest take one to three mutations
            SourceMutator.Mutant mutant = i % 20 == 0
                    ? new SourceMutator.Mutant(template, List.of())
                    : mutator.mutate(template, 1 + random.nextInt(3));
            cases.add(of(i, mutant.source(), mutant.mutations()));
        }
        return cases;
    }

    static Case of(int id, String source, List<String> mutations) {
        Matcher pkg = PACKAGE.matcher(source);
        Matcher type = CLASS.matcher(source);
        if (!type.find()) {
            throw new IllegalArgumentException("no public class in case " + id);
        }
        return new Case(id, pkg.find() ? pkg.group(1) : "", type.group(1), source, mutations);
    }

    /** Compiles the cases {@code batch} at a time; a javac run that throws is retried one case at a time. */
    static List<Outcome> compile(List<Case> cases, int batch) {
        var outcomes = new ArrayList<Outcome>();
        for (int from = 0; from < cases.size(); from += batch) {
            List<Case> group = cases.subList(from, Math.min(cases.size(), from + batch));
            try {
                outcomes.addAll(compileTogether(group));
            } catch (RuntimeException | Error e) {
                for (Case c : group) {
                    try {
                        outcomes.addAll(compileTogether(List.of(c)));
                    } catch (RuntimeException | Error alone) {
                        outcomes.add(new Outcome(c, List.of(), List.of(), List.of(), Map.of(), alone.toString()));
                    }
                }
            }
        }
        return outcomes;
    }

    /** One javac run's diagnostics, and the directory it wrote to. */
    private record Run(List<Diagnostic<? extends JavaFileObject>> diagnostics, Path output) {
    }

    /**
     * Plain javac rather than compile-testing, whose {@code Compilation} hides the generated files of a run with
     * errors, and nearly every run has some.
     */
    private static List<Outcome> compileTogether(List<Case> cases) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        Path output = null;
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            output = Files.createTempDirectory("stepwise-fuzz");
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(output));
            List<JavaFileObject> sources = cases.stream()
                    .map(c -> JavaFileObjects.forSourceString(c.qualifiedName(), c.source()))
                    .toList();
            var options = new ArrayList<>(OPTIONS);
            options.addAll(List.of("-classpath", System.getProperty("java.class.path")));
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, sources);
            task.setProcessors(List.of(new WorkflowProcessor()));
            task.call();
            return sort(cases, new Run(diagnostics.getDiagnostics(), output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(output);
        }
    }

    private static List<Outcome> sort(List<Case> cases, Run run) throws IOException {
        var outcomes = new ArrayList<Outcome>();
        for (Case c : cases) {
            var errors = new ArrayList<String>();
            var internal = new ArrayList<String>();
            var generated = new ArrayList<String>();
            for (Diagnostic<? extends JavaFileObject> d : run.diagnostics()) {
                // compile-testing's sources have relative URIs (fuzz/c1/Orders.java), generated ones absolute
                String path = d.getSource() == null ? null : "/" + d.getSource().toUri().getPath().replaceFirst("^/", "");
                String text = d.getMessage(null);
                boolean internalError = text.contains("[InternalError]");
                if (path == null) {
                    // no file: javac's own notes, or a diagnostic on an element without source; the first case
                    // of the run carries it, so nothing is lost
                    if (c == cases.get(0) && d.getKind() == Diagnostic.Kind.ERROR) {
                        (internalError ? internal : errors).add("(no file) " + text);
                    }
                    continue;
                }
                if (d.getKind() != Diagnostic.Kind.ERROR || !c.owns(path)) {
                    continue;
                }
                String line = d.getLineNumber() + ": " + text;
                if (internalError) {
                    internal.add(line);
                } else if (c.isSource(path)) {
                    errors.add(line);
                } else {
                    generated.add(path + ":" + line);
                }
            }
            outcomes.add(new Outcome(c, errors, internal, generated, definitions(c, run.output()), null));
        }
        return outcomes;
    }

    /** The definitions generated for the case's workflow and any workflow nested in it. */
    private static Map<String, String> definitions(Case c, Path output) throws IOException {
        Path directory = output.resolve("META-INF/stepwise");
        var definitions = new TreeMap<String, String>();
        if (!Files.isDirectory(directory)) {
            return definitions;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                String workflow = name.substring(0, Math.max(0, name.length() - ".asl.json".length()));
                if (name.endsWith(".asl.json")
                        && (workflow.equals(c.qualifiedName()) || workflow.startsWith(c.qualifiedName() + "."))) {
                    definitions.put(workflow, Files.readString(file));
                }
            }
        }
        return definitions;
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A compiled definition as its generated workflow class hands it to the runtime, unbound. */
    private record LoadedSpec(String definition) implements WorkflowSpec {

        @Override
        public String name() {
            return "Fuzzed";
        }

        @Override
        public WorkflowMetadata metadata() {
            return WorkflowMetadata.DEFAULTS;
        }

        @Override
        public Map<String, TaskMethod> tasks() {
            return Map.of();
        }
    }

    /** The definitions of clean cases that the runtime refuses, with its reasons. */
    static List<Rejection> rejectedByRuntime(List<Outcome> outcomes) {
        LocalRuntime runtime = LocalRuntime.builder().build();
        var rejected = new ArrayList<Rejection>();
        for (Outcome outcome : outcomes) {
            if (!outcome.clean()) {
                continue;
            }
            for (String definition : outcome.definitions().values()) {
                try {
                    JSON.readTree(definition);
                    runtime.load(new LoadedSpec(definition)); // as a generated workflow is run locally

                } catch (InvalidDefinitionException e) {
                    rejected.add(new Rejection(outcome.c(), definition, e.getMessage()));
                } catch (IOException | RuntimeException e) {
                    rejected.add(new Rejection(outcome.c(), definition, e.toString()));
                }
            }
        }
        return rejected;
    }
}
