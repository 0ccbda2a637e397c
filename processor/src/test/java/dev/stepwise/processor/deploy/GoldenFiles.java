package dev.stepwise.processor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text with a reviewed file under {@code src/test/resources/deploy}; with
 * {@code STEPWISE_UPDATE_GOLDEN=1} it rewrites the file instead, for the diff to be reviewed.
 */
final class GoldenFiles {

    private static final Path FOLDER = Path.of("src", "test", "resources", "deploy");

    private GoldenFiles() {
    }

    static void assertMatches(String fileName, String actual) throws IOException {
        Path golden = FOLDER.resolve(fileName);
        if ("1".equals(System.getenv("STEPWISE_UPDATE_GOLDEN"))) {
            Files.createDirectories(FOLDER);
            Files.writeString(golden, actual);
            return;
        }
        assertThat(golden).as("golden file (create it with STEPWISE_UPDATE_GOLDEN=1)").exists();
        assertThat(actual).as("generated %s (regenerate with STEPWISE_UPDATE_GOLDEN=1 and review the diff)", fileName)
                .isEqualTo(Files.readString(golden));
    }
}
