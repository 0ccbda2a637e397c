package dev.stepwise.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: generated text compared byte for byte with a reviewed file; with {@code STEPWISE_UPDATE_GOLDEN=1}
 * the file is rewritten instead, so a change in output shows up as a diff to review.
 */
public final class GoldenFiles {

    private final Path folder;

    public GoldenFiles(Path folder) {
        this.folder = folder;
    }

    /** The golden files under {@code src/test/resources/<name>} of the module under test. */
    public static GoldenFiles in(String name) {
        return new GoldenFiles(Path.of("src", "test", "resources", name));
    }

    public void assertMatches(String fileName, String actual) throws IOException {
        Path golden = folder.resolve(fileName);
        if ("1".equals(System.getenv("STEPWISE_UPDATE_GOLDEN"))) {
            Files.createDirectories(folder);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (STEPWISE_UPDATE_GOLDEN=1 writes it)", golden).exists();
        assertThat(actual).as("generated %s (regenerate with STEPWISE_UPDATE_GOLDEN=1 and review the diff)", fileName)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
