package dev.stepwise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

/** A folder of generated Java sources, one class per file, for the processor benchmarks. */
final class SourceFolder {

    private SourceFolder() {
    }

    /** Writes {@code count} classes of package {@code pkg} under {@code dir} and returns their folder. */
    static Path write(Path dir, String pkg, int count, IntFunction<String> className, IntFunction<String> source) {
        Path folder = dir.resolve(pkg.replace('.', '/'));
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                Files.writeString(folder.resolve(className.apply(i) + ".java"), source.apply(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
