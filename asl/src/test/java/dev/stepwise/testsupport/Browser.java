package dev.stepwise.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/**
 * A real browser for tests of pages: Node runs a Playwright script (playwright-core from npm) that drives Debian's
 * Chromium, headless, with a fresh profile and no network. Nothing is downloaded: {@code .ci/run} installs
 * {@code chromium} (apt) and {@code playwright-core} (npm, into {@code STEPWISE_NPM_DIR}, by default
 * {@code ~/.cache/stepwise-npm}). Where one of the three is missing the test is skipped with the reason, and fails
 * under {@code STEPWISE_REQUIRE_SHARED=1}.
 */
public final class Browser {

    /** The flags the project starts Chromium with, whatever the script; Playwright adds --headless itself. */
    public static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Path node;
    private final Path chromium;
    private final Path playwright;

    private Browser(Path node, Path chromium, Path playwright) {
        this.node = node;
        this.chromium = chromium;
        this.playwright = playwright;
    }

    /** The browser, or the test is skipped (failed under STEPWISE_REQUIRE_SHARED=1) saying what is missing. */
    public static Browser require() {
        Optional<Path> node = onPath("node");
        String configured = System.getenv("CHROMIUM");
        Path chromium = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        String npm = System.getenv("STEPWISE_NPM_DIR");
        Path npmDir = npm == null || npm.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "stepwise-npm") : Path.of(npm);
        Path playwright = npmDir.resolve("node_modules").resolve("playwright-core");
        String missing = node.isEmpty() ? "node is not on the PATH"
                : !Files.isExecutable(chromium) ? "no Chromium at " + chromium + " (apt-get install chromium)"
                : !Files.isDirectory(playwright) ? "no playwright-core in " + npmDir + " (npm install playwright-core)"
                : null;
        if (missing != null) {
            unavailable(missing);
        }
        return new Browser(node.get(), chromium, playwright);
    }

    private static void unavailable(String missing) {
        if ("1".equals(System.getenv("STEPWISE_REQUIRE_SHARED"))) {
            throw new AssertionError("required by STEPWISE_REQUIRE_SHARED=1, but " + missing);
        }
        Assumptions.abort("skipped: " + missing);
    }

    /** Another npm package installed beside playwright-core (by {@code .ci/run}), or the test is skipped. */
    public Path npmPackage(String name) {
        Path found = playwright.resolveSibling(name);
        if (!Files.isDirectory(found)) {
            unavailable("no " + name + " in " + playwright.getParent() + " (npm install " + name + ")");
        }
        return found;
    }

    /**
     * Runs a Node script with the arguments; the script reads {@code PLAYWRIGHT_CORE}, {@code CHROMIUM} and
     * {@code CHROMIUM_FLAGS} (one JSON array) from its environment. Returns what it printed on stdout.
     */
    public String run(Path script, Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(node.toString(), script.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("browser", ".log");
        Path output = Files.createTempFile("browser", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile())
                .redirectOutput(output.toFile());
        builder.environment().put("PLAYWRIGHT_CORE", playwright.toString());
        builder.environment().put("CHROMIUM", chromium.toString());
        builder.environment().put("CHROMIUM_FLAGS", "[\"" + String.join("\", \"", CHROMIUM_FLAGS) + "\"]");
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the browser script did not finish in " + timeout.toSeconds() + " s: "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("the browser script failed (" + process.exitValue() + "): "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
            Files.deleteIfExists(output);
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
