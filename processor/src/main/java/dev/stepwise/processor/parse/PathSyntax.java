package dev.stepwise.processor.parse;

import dev.stepwise.processor.diag.Finding;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.asl.data.path.Path;
import dev.stepwise.asl.data.path.PathSyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * Checks JSONPath paths with the runtime's path compiler, so javac accepts exactly the paths the local runtime
 * (and its definition validator) accepts, and turns its errors into findings. Paths ({@code InputPath},
 * {@code .$} values) may use wildcards, slices and filters; reference paths ({@code ResultPath}, Choice variables)
 * name a single node: only {@code .name}, {@code ['name']} and {@code [index]}.
 */
public final class PathSyntax {

    private PathSyntax() {
    }

    /** A path into the state input ({@code $...}) or the context object ({@code $$...}). */
    public static Optional<Finding> checkPath(String path, String what) {
        try {
            return noVariable(Path.compile(path), what);
        } catch (PathSyntaxException e) {
            return Optional.of(finding(e, what));
        }
    }

    /** The finding for a path the runtime rejected. */
    static Finding finding(PathSyntaxException e, String what) {
        return Finding.of(Message.INVALID_PATH, e.path(), what, describe(e, 0));
    }

    /** A reference path, as ResultPath and Choice variables need; {@code $$} only where {@code context} allows. */
    public static Optional<Finding> checkReferencePath(String path, String what, boolean context) {
        boolean contextPath = path.startsWith("$$");
        if (contextPath && !context) {
            return invalid(path, what, "the context object ($$) cannot be used here");
        }
        try {
            if (contextPath) {
                // Below its root a context reference has the steps of an input reference: check them as one.
                Path.compileReference(path.substring(1));
                return Optional.empty();
            }
            Path.compileReference(path);
            return noVariable(Path.compile(path), what);
        } catch (PathSyntaxException e) {
            return invalid(path, what, describe(e, contextPath ? 1 : 0));
        }
    }

    /** The property names of a path ({@code $.a.b['c']} gives a, b, c), stopping at the first index or wildcard. */
    public static List<String> segments(String path) {
        try {
            Path compiled = Path.compile(path);
            return compiled.root() == Path.Root.INPUT ? compiled.referencePrefix().leadingFields() : List.of();
        } catch (PathSyntaxException e) {
            return List.of();
        }
    }

    /** Workflows declare no variables, so {@code $name} is a typo for {@code $.name} rather than a variable. */
    private static Optional<Finding> noVariable(Path path, String what) {
        if (path.root() != Path.Root.VARIABLE) {
            return Optional.empty();
        }
        return invalid(path.source(), what, "$" + path.variable() + " would read a variable, and workflows have none;"
                + " did you mean $." + path.variable() + "?");
    }

    /** The runtime's reason, with the 1-based column where the runtime knows one beyond the path's start. */
    private static String describe(PathSyntaxException e, int shift) {
        int column = e.column() + shift;
        return column > 0 ? e.reason() + " at column " + (column + 1) : e.reason();
    }

    private static Optional<Finding> invalid(String path, String what, String reason) {
        return Optional.of(Finding.of(Message.INVALID_PATH, path, what, reason));
    }
}
