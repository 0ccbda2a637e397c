package dev.stepwise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The least a processor that writes typed records can do: one source per {@code @Workflow} class, holding one empty
 * record, and nothing else (no parsing, no checks, no definition). {@code compare.sh} times it next to the real
 * processor to show what javac itself charges for a round that generates sources: it enters every compilation unit
 * again, whatever the processor does. Not registered as a service; used with {@code -processor}.
 */
@SupportedAnnotationTypes("dev.stepwise.annotations.Workflow")
public final class FloorProcessor extends AbstractProcessor {

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                write((TypeElement) element);
            }
        }
        return false;
    }

    private void write(TypeElement type) {
        String pkg = ((PackageElement) type.getEnclosingElement()).getQualifiedName().toString();
        String name = type.getSimpleName() + "Workflow";
        try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + name, type).openWriter()) {
            out.write("package " + pkg + ";\n\npublic final class " + name + " {\n  public record Input() {\n  }\n}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
