package dev.stepwise.asl.data;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled JSONPath-mode expression that yields a value: a path or an intrinsic function call.
 * Compiled once with the definition; evaluated per transition.
 */
public interface ValueExpression {

    /**
     * The value, or {@code null} when a path selects nothing (callers decide which ASL error that is).
     */
    JsonNode evaluate(DataScope scope);

    /** The expression as written in the definition, for error messages. */
    String source();
}
