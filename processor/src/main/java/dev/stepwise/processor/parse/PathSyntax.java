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

    /**
     * A path into the state input ({@code $...}), the context object ({@code $$...}) or a variable
     * ({@code $name...}); whether the variable is one the workflow assigns is type tracking's to say.
     */
    public static Optional<Finding> checkPath(String path, String what) {
        try {
            Path.compile(path);
            return Optional.empty();
        } catch (PathSyntaxException e) {
            return Optional.of(finding(e, what));
        }
    }

    /** The finding for a path the runtime rejected. */
    static Finding finding(PathSyntaxException e, String what) {
        return Finding.of(Message.INVALID_PATH, e.path(), what, describe(e, 0));
    }

    /**
     * A reference path: one that writes (ResultPath) names a node of the input; one that reads (a Choice
     * variable) may also start at the context object ({@code $$}) or at a variable ({@code $name}), as AWS runs
     * {@code "Variable": "$guess"} (assign__test_reference_assign__BASE_REFERENCE_IN_CHOICE).
     */
    public static Optional<Finding> checkReferencePath(String path, String what, boolean read) {
        boolean contextPath = path.startsWith("$$");
        if (contextPath && !read) {
            return invalid(path, what, "the context object ($$) cannot be used here");
        }
        int rootLength = 0; // what the root takes after its "$": the second "$", or the variable's name
        try {
            if (contextPath) {
                rootLength = 1;
            } else if (path.startsWith("$")) {
                Path compiled = Path.compile(path);
                if (compiled.root() == Path.Root.VARIABLE) {
                    if (!read) {
                        return invalid(path, what, "$" + compiled.variable() + " names a variable, which " + what
                                + " cannot write; did you mean $." + compiled.variable() + "?");
                    }
                    rootLength = compiled.variable().length();
                }
            }
            // Below its root a context or variable reference has the steps of an input reference: check them as one.
            Path.compileReference(rootLength == 0 ? path : "$" + path.substring(1 + rootLength));
            return Optional.empty();
        } catch (PathSyntaxException e) {
            return invalid(path, what, describe(e, rootLength));
        }
    }

    /**
     * A path that starts at a variable: its name, the property names below it (as {@link #segments} gives) and the
     * steps below it (as {@link #steps} gives).
     */
    public record VariableRead(String name, List<String> fields, List<Object> steps) {
    }

    /** The variable a path reads ({@code $order.lines} reads order, then lines); empty for any other path. */
    public static Optional<VariableRead> variableRead(String path) {
        try {
            Path compiled = Path.compile(path);
            return compiled.root() == Path.Root.VARIABLE
                    ? Optional.of(new VariableRead(compiled.variable(), compiled.referencePrefix().leadingFields(),
                            compiled.referencePrefix().steps()))
                    : Optional.empty();
        } catch (PathSyntaxException e) {
            return Optional.empty();
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

    /**
     * The steps a path of the state input takes before its first wildcard, slice or filter, each of which must find
     * its node: a {@code String} names a field, an {@code Integer} indexes an array ({@code $.a[0]['b'][*].c} gives
     * a, 0, b).
     */
    public static List<Object> steps(String path) {
        try {
            Path compiled = Path.compile(path);
            return compiled.root() == Path.Root.INPUT ? compiled.referencePrefix().steps() : List.of();
        } catch (PathSyntaxException e) {
            return List.of();
        }
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
