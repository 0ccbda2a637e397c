package dev.stepwise.cli;

import dev.stepwise.cli.StepwiseCli.InputException;
import dev.stepwise.runtime.mock.MockConfig;
import dev.stepwise.runtime.mock.MockConfigException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Reads a Step Functions Local mock file for {@code run --mock-config} and {@code serve --mock-config} alike. */
final class MockConfigFile {

    private MockConfigFile() {
    }

    /**
     * The file's configuration; a file that is missing or a folder is one line, and each mistake in it is one line
     * with its JSON location, as {@code validate} lists a definition's problems.
     */
    static MockConfig read(String file) {
        Path path = PathArgument.of(file);
        if (Files.isDirectory(path)) {
            throw new InputException(file + " is a folder, not a mock configuration file");
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException("no such mock configuration file: " + file);
        }
        try {
            return MockConfig.read(path);
        } catch (MockConfigException e) {
            throw new InputException(e.problems().stream().map(problem -> file + ": " + problem)
                    .collect(Collectors.joining("\nstepwise: ")));
        } catch (UncheckedIOException e) {
            throw new InputException("cannot read " + file + ": " + IoErrors.reason(e));
        }
    }
}
