package dev.stepwise.runtime.definition.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the shared conformance corpus and benchmark definitions are, read in place: from
 * {@code STEPWISE_CONFORMANCE_DIR}, or from the nearest {@code shared/conformance/cases} above the working directory.
 */
final class ConformanceCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConformanceCorpus() {
    }

    static Path casesDirectory() {
        String configured = System.getenv("STEPWISE_CONFORMANCE_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/conformance/cases");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("Conformance corpus not found: set STEPWISE_CONFORMANCE_DIR");
    }

    static List<Path> benchDefinitions() {
        Path bench = casesDirectory().getParent().getParent().resolve("bench/defs");
        try (Stream<Path> files = Files.list(bench)) {
            return files.filter(file -> file.toString().endsWith(".asl.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
