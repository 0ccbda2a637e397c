package dev.stepwise.runtime.definition;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.DataScope;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.path.Path;
import dev.stepwise.asl.error.StatesErrors;

/**
 * A compiled {@code InputPath} or {@code OutputPath}: absent means {@code $} (pass everything), {@code null} means
 * the empty object, a path that selects nothing raises {@code States.Runtime}.
 */
public final class PathFilter {

    public static final PathFilter IDENTITY = new PathFilter(null, true);
    public static final PathFilter EMPTY = new PathFilter(null, false);

    private final Path path;
    private final boolean identity;

    private PathFilter(Path path, boolean identity) {
        this.path = path;
        this.identity = identity;
    }

    public static PathFilter of(Path path) {
        return "$".equals(path.source()) ? IDENTITY : new PathFilter(path, false);
    }

    public boolean isIdentity() {
        return identity;
    }

    /**
     * Filters {@code document}; a path rooted elsewhere ({@code $$}, a variable) reads from {@code scope} instead.
     */
    public JsonNode apply(JsonNode document, DataScope scope) {
        if (identity) {
            return document;
        }
        if (path == null) {
            return Json.NODES.objectNode();
        }
        JsonNode selected = path.root() == Path.Root.INPUT ? path.select(document) : path.evaluate(scope);
        if (selected == null) {
            throw StatesErrors.runtime(path.root() == Path.Root.INPUT ? path.notFoundCause(document)
                    : path.notFoundCause(scope));
        }
        return selected;
    }

    @Override
    public String toString() {
        return identity ? "$" : path == null ? "null" : path.source();
    }
}
