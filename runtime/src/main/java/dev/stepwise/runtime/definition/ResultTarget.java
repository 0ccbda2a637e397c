package dev.stepwise.runtime.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.path.ReferencePath;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;

/**
 * A compiled {@code ResultPath}: where a result goes in the state's raw input. {@code $} (the default) replaces the
 * input, {@code null} discards the result, any other reference path places the result, copying only the containers
 * along the way.
 */
public final class ResultTarget {

    public static final ResultTarget REPLACE = new ResultTarget(null, "$", false);
    public static final ResultTarget DISCARD = new ResultTarget(null, "null", true);

    private final ReferencePath path;
    private final String source;
    private final boolean discard;

    private ResultTarget(ReferencePath path, String source, boolean discard) {
        this.path = path;
        this.source = source;
        this.discard = discard;
    }

    public static ResultTarget of(String source, ReferencePath path) {
        return path.isRoot() ? REPLACE : new ResultTarget(path, source, false);
    }

    /** Whether the result is dropped and the input passes on ({@code ResultPath: null}). */
    public boolean discards() {
        return discard;
    }

    /** Whether the result becomes the whole output. */
    public boolean replaces() {
        return path == null && !discard;
    }

    /** The output: {@code result} placed into {@code input}; {@code States.ResultPathMatchFailure} if it cannot be. */
    public JsonNode apply(JsonNode input, JsonNode result) {
        if (discard) {
            return input;
        }
        if (path == null) {
            return result;
        }
        return path.write(input, result).orElseThrow(() -> new StatesError(StatesErrors.RESULT_PATH_MATCH_FAILURE,
                "Unable to apply ResultPath \"" + source + "\" to input " + Json.write(input)));
    }

    /**
     * Places {@code result} into {@code input} itself, which the caller owns (see
     * {@link ReferencePath#writeInPlace}); returns what it replaced, or {@code null} when this target does not write
     * into the input ({@code $} or {@code null}) and {@link #apply} must be used.
     *
     * @throws StatesError {@code States.ResultPathMatchFailure} when the result cannot be placed
     */
    public ReferencePath.Replaced applyInPlace(ObjectNode input, JsonNode result) {
        if (path == null || path.isRoot()) {
            return null;
        }
        ReferencePath.Replaced replaced = path.writeInPlace(input, result);
        if (replaced == null) { // an object has no index to start at, and no path through a non-container
            throw new StatesError(StatesErrors.RESULT_PATH_MATCH_FAILURE, "Unable to apply ResultPath \"" + source
                    + "\" to input " + Json.write(input));
        }
        return replaced;
    }

    @Override
    public String toString() {
        return source;
    }
}
