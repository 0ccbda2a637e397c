package dev.stepwise.asl.validation;

import dev.stepwise.asl.data.path.Path;

/**
 * Syntax of the paths JSONPath states use, decided by the very compiler the engine runs them with
 * ({@link Path}), so the validator and the interpreter cannot disagree on what a path is.
 */
final class JsonPathSyntax {

    private JsonPathSyntax() {
    }

    /** A path that may read the input, the context object ({@code $$}) or a variable ({@code $name}). */
    static boolean isPath(String path) {
        return compiles(path) != null;
    }

    /** A path over the state input only, as {@code InputPath} and {@code OutputPath} take. */
    static boolean isInputPath(String path) {
        Path compiled = compiles(path);
        return compiled != null && compiled.root() == Path.Root.INPUT;
    }

    /**
     * A reference path: {@code $} followed by {@code .name}, {@code ['name']} or {@code [index]} steps only,
     * so it names a single node and can be written to.
     */
    static boolean isReferencePath(String path) {
        try {
            Path.compileReference(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Path compiles(String path) {
        try {
            return Path.compile(path);
        } catch (IllegalArgumentException e) {
            return null;
        } catch (RuntimeException e) {
            // Jayway reports a few malformed paths with other runtime exceptions; they are invalid all the same.
            return null;
        }
    }
}
