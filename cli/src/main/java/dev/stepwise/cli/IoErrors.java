package dev.stepwise.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a file could not be read or written, in words: the JDK's exceptions often carry only the path as their
 * message ({@code cannot write out/g.svg: out/g.svg} said nothing of the missing folder) or a decoder's
 * {@code Input length = 1}.
 */
final class IoErrors {

    private IoErrors() {
    }

    /** The reason alone, for {@code cannot read FILE: <reason>} or {@code cannot write FILE: <reason>}. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            Path file = Path.of(missing.getFile());
            Path folder = file.toAbsolutePath().getParent();
            return folder != null && !folder.toFile().isDirectory() ? "no such folder " + folder : "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof FileSystemException other && other.getReason() != null) {
            return other.getReason().equals("Is a directory") ? "it is a folder" : other.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** {@link #reason(IOException)} of the I/O failure inside {@code e}. */
    static String reason(UncheckedIOException e) {
        return reason(e.getCause());
    }
}
