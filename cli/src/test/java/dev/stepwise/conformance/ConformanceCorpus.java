package dev.stepwise.conformance;

import dev.stepwise.testsupport.SharedMaterial;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared conformance corpus and benchmark definitions, read in place ({@link SharedMaterial}).
 */
final class ConformanceCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConformanceCorpus() {
    }

    static Path casesDirectory() {
        return SharedMaterial.require("conformance/cases");
    }

    static List<Path> benchDefinitions() {
        Path bench = SharedMaterial.require("bench/defs");
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
