package dev.stepwise.runtime.definition.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shared conformance corpus, read in place: from {@code STEPWISE_CONFORMANCE_DIR}, or from the nearest
 * {@code shared/conformance/cases} above the working directory.
 */
final class ConformanceCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Case(String name, String kind, boolean runnableLocally, String test, JsonNode definition,
                JsonNode expected) {
    }

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

    static List<Case> cases() {
        try (Stream<Path> files = Files.list(casesDirectory())) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().map(ConformanceCorpus::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static Case read(Path file) {
        JsonNode json = readJson(file);
        JsonNode definition = json.get("definition");
        if (definition.isTextual()) {
            definition = parse(definition.textValue()).orElse(definition);
        }
        return new Case(json.path("name").asText(), json.path("kind").asText(),
                json.path("runnable_locally").asBoolean(), json.path("test").asText(), definition,
                json.get("expected"));
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.of(JSON.readTree(text));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
