package dev.stepwise.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files the commands write ({@code graph --out}, {@code conformance --report}, {@code run --report}): missing
 * folders are made, as the test kit's reports make theirs, so every {@code --out}/{@code --report} takes the same
 * paths.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Makes the folders of {@code file} and checks it is not a folder itself, before a long command does its work.
     *
     * @throws StepwiseCli.InputException when the path is not a file name or cannot be written
     */
    static Path prepare(String file) {
        Path path = PathArgument.of(file);
        if (Files.isDirectory(path)) {
            throw new StepwiseCli.InputException("cannot write " + file + ": it is a folder");
        }
        Path parent = path.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (FileAlreadyExistsException e) { // a file stands where a folder of the path would go
            throw new StepwiseCli.InputException("cannot write " + file + ": " + e.getFile() + " is a file, not a "
                    + "folder");
        } catch (IOException e) {
            throw new StepwiseCli.InputException("cannot write " + file + ": " + IoErrors.reason(e));
        }
        return path;
    }

    /** Writes {@code text} as UTF-8 to {@code file}, making its folders. */
    static void write(String file, String text) {
        Path path = prepare(file);
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StepwiseCli.InputException("cannot write " + file + ": " + IoErrors.reason(e));
        }
    }
}
