package dev.stepwise.cli;

import dev.stepwise.cli.StepwiseCli.InputException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** A file or folder the user named on the command line, for each command that reads or writes one. */
final class PathArgument {

    private PathArgument() {
    }

    /**
     * The path {@code typed} names. An empty argument ({@code --out ""}, an unset shell variable) is refused: as a
     * path it is the working folder, so {@code run ""} said the folder was no JSON file and {@code conformance ""}
     * ran whatever lay in it.
     *
     * @throws InputException when {@code typed} is empty or no file name (it holds a NUL, say)
     */
    static Path of(String typed) {
        if (typed.isEmpty()) {
            throw new InputException("an empty argument is not a file or folder name");
        }
        try {
            return Path.of(typed);
        } catch (InvalidPathException e) {
            throw new InputException("not a file name: " + typed);
        }
    }
}
