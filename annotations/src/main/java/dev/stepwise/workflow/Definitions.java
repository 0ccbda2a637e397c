package dev.stepwise.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the ASL definition the processor wrote as a resource next to the generated class. The generated class
 * points at the resource instead of repeating the text as a constant: one copy of the definition in the build
 * output, and nothing for javac to parse and fold per workflow.
 */
public final class Definitions {

    private Definitions() {
    }

    /**
     * The text of {@code resource}, found through {@code owner}'s class loader.
     *
     * @throws IllegalStateException when the resource is not on the class path
     */
    public static String read(Class<?> owner, String resource) {
        ClassLoader loader = owner.getClassLoader() != null ? owner.getClassLoader() : ClassLoader.getSystemClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path of " + owner.getName()
                        + ": the Stepwise processor writes it with the class; package the compiler's class output"
                        + " (resources included) together");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }
}
