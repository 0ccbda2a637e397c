package dev.stepwise.runtime.definition;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.jsonata.JsonataTemplate;
import dev.stepwise.asl.data.path.Path;

/**
 * A number a state reads either from the definition ({@code MaxConcurrency: 5}) or from its input at run time
 * ({@code MaxConcurrencyPath: "$.limit"}); the engine checks path values with AWS's messages.
 *
 * @param field the base field name, e.g. {@code MaxConcurrency}
 * @param literal the literal value, when set: the definition's number node, so that reading it at run time needs no
 *     conversion
 * @param path the path, when the {@code ...Path} field is set
 * @param expression a JSONata state's {@code {% %}} value, when set
 */
public record NumberSetting(String field, JsonNode literal, Path path, JsonataTemplate expression) {

    public NumberSetting(String field, JsonNode literal, Path path) {
        this(field, literal, path, null);
    }

    public static NumberSetting absent(String field) {
        return new NumberSetting(field, null, null);
    }

    public boolean isAbsent() {
        return literal == null && path == null && expression == null;
    }
}
