package dev.stepwise.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes, for each {@code @Workflow} class, the very files our processor wrote for it in an earlier javac run (the
 * {@code <Name>Workflow} source and the {@code META-INF/stepwise/<name>.*} resources), copied from that run's output
 * folder ({@code -Astepwise.replay=<dir>}) and nothing else: no parsing, no checks, no rendering. {@code compare.sh}
 * times it beside the real processor: what javac charges for our outputs alone (the round, the files, compiling the
 * generated sources), which no processor writing the same bytes can go below. Not registered as a service; used
 * with {@code -processor}.
 */
@SupportedAnnotationTypes("dev.stepwise.annotations.Workflow")
@SupportedOptions(ReplayProcessor.OPTION)
public final class ReplayProcessor extends AbstractProcessor {

    static final String OPTION = "stepwise.replay";
    private static final String RESOURCES = "META-INF/stepwise/";

    /** The file names in the replayed run's resource folder, listed once. */
    private List<String> written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        String replayed = processingEnv.getOptions().get(OPTION);
        if (replayed == null) {
            if (!annotations.isEmpty()) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "ReplayProcessor needs -A" + OPTION);
            }
            return false;
        }
        Path dir = Path.of(replayed);
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                replay(dir, (TypeElement) element);
            }
        }
        return false;
    }

    private void replay(Path dir, TypeElement type) {
        String name = type.getQualifiedName().toString();
        try {
            for (String resource : resources(dir, name)) {
                try (OutputStream out = processingEnv.getFiler()
                        .createResource(StandardLocation.CLASS_OUTPUT, "", resource, type).openOutputStream()) {
                    out.write(Files.readAllBytes(dir.resolve(resource)));
                }
            }
            String generated = name + "Workflow";
            String source = Files.readString(dir.resolve(generated.replace('.', '/') + ".java"));
            try (Writer out = processingEnv.getFiler().createSourceFile(generated, type).openWriter()) {
                out.write(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resources written for {@code name}: {@code META-INF/stepwise/<name>.<kind>}, in a stable order. */
    private List<String> resources(Path dir, String name) throws IOException {
        if (written == null) {
            try (Stream<Path> files = Files.list(dir.resolve(RESOURCES))) {
                written = files.map(file -> file.getFileName().toString()).sorted().toList();
            }
        }
        List<String> resources = new ArrayList<>();
        for (String file : written) {
            if (file.startsWith(name + ".")) {
                resources.add(RESOURCES + file);
            }
        }
        return resources;
    }
}
