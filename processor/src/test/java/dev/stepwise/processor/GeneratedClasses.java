package dev.stepwise.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;

/** Loads the classes and resources a compile-testing compilation produced, so generated code can be run. */
final class GeneratedClasses extends ClassLoader {

    private final Compilation compilation;

    GeneratedClasses(Compilation compilation) {
        super(GeneratedClasses.class.getClassLoader());
        this.compilation = compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String suffix = "/" + name.replace('.', '/') + ".class";
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS && file.toUri().getPath().endsWith(suffix)) {
                try (InputStream in = file.openInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new ClassNotFoundException(name);
    }

    /** Generated resources first: a generated class reads its definition from the one written with it. */
    @Override
    public InputStream getResourceAsStream(String name) {
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.OTHER && file.toUri().getPath().endsWith("/" + name)) {
                try {
                    return file.openInputStream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return super.getResourceAsStream(name);
    }
}
