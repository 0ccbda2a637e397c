package dev.stepwise.asl.data;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a JSONPath-mode expression can read: the state's effective input ({@code $}), the context object
 * ({@code $$}) and workflow variables ({@code $name}).
 */
public interface DataScope {

    JsonNode input();

    JsonNode context();

    /** The variable's value, or {@code null} when no variable of that name is in scope. */
    JsonNode variable(String name);

    /** A scope over an input and a context, with no variables. */
    static DataScope of(JsonNode input, JsonNode context) {
        return new DataScope() {
            @Override
            public JsonNode input() {
                return input;
            }

            @Override
            public JsonNode context() {
                return context;
            }

            @Override
            public JsonNode variable(String name) {
                return null;
            }
        };
    }
}
