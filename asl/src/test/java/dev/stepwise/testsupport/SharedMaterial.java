package dev.stepwise.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Where tests find what lives outside the project: the shared material ({@code ../shared} beside the checkout:
 * conformance corpus, CloudFormation schemas, bench workloads) and outside tools ({@code asl-validator}).
 *
 * <p>A clone of the project alone has neither, so a test that needs one is skipped with one clear reason. CI sets
 * {@code STEPWISE_REQUIRE_SHARED=1}, which turns that skip into a failure: there, nothing may silently not run.
 */
public final class SharedMaterial {

    private SharedMaterial() {
    }

    /** {@code relative} under the shared folder (e.g. {@code conformance/cases}); skips or fails the test if absent. */
    public static Path require(String relative) {
        Optional<Path> found = find(relative);
        if (found.isEmpty()) {
            unavailable("the shared folder has no " + relative + " (looked for STEPWISE_SHARED, then a 'shared' "
                    + "folder beside or above " + Path.of("").toAbsolutePath() + ")");
        }
        return found.get();
    }

    /** {@code relative} under the shared folder, if it is there. */
    public static Optional<Path> find(String relative) {
        String configured = System.getenv("STEPWISE_SHARED");
        if (configured != null && !configured.isBlank()) {
            Path candidate = Path.of(configured).resolve(relative);
            return Files.exists(candidate) ? Optional.of(candidate) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The executable an environment variable names (e.g. {@code ASL_VALIDATOR}); skips or fails the test if unset. */
    public static Path requireTool(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank() || !Files.isExecutable(Path.of(value))) {
            unavailable(variable + " does not name an executable (.ci/run installs it)");
        }
        return Path.of(value);
    }

    /**
     * The folder an environment variable names (e.g. {@code CDK_NODE_MODULES}) when it holds {@code expected};
     * skips or fails the test otherwise.
     */
    public static Path requireToolDirectory(String variable, String expected) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank() || !Files.isDirectory(Path.of(value).resolve(expected))) {
            unavailable(variable + " does not name a folder holding " + expected + " (.ci/run installs it)");
        }
        return Path.of(value);
    }

    private static void unavailable(String reason) {
        if ("1".equals(System.getenv("STEPWISE_REQUIRE_SHARED"))) {
            throw new AssertionError("required by STEPWISE_REQUIRE_SHARED=1, but " + reason);
        }
        Assumptions.abort("skipped: " + reason);
    }
}
