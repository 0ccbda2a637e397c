package dev.stepwise.runtime.data.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.data.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One AWS-recorded case of the shared conformance corpus, read in place (never copied into the project). */
record CorpusCase(String name, String category, JsonNode definition, JsonNode input, JsonNode expected) {

    /**
     * The corpus folder: the {@code stepwise.conformance.cases} system property, else {@code shared/conformance/cases}
     * found next to one of the working directory's ancestors.
     */
    static Optional<Path> locate() {
        String configured = System.getProperty("stepwise.conformance.cases");
        if (configured != null) {
            return Optional.of(Paths.get(configured)).filter(Files::isDirectory);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/conformance/cases");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The runnable execution cases of one category, by file name order. */
    static List<CorpusCase> load(Path dir, String category) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .map(CorpusCase::read)
                    .filter(c -> c.category.equals(category))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CorpusCase read(Path file) {
        try {
            JsonNode json = Json.parse(Files.readString(file));
            boolean runnable = json.path("kind").asText().equals("execution")
                    && json.path("runnable_locally").asBoolean();
            return new CorpusCase(json.path("name").asText(file.getFileName().toString()),
                    runnable ? json.path("category").asText() : "(not runnable)",
                    json.get("definition"), json.get("input"), json.get("expected"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
