package dev.stepwise.asl.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.AslLimits;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.PayloadSize;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The bounds a definition must keep before anything walks it: AWS's 1 MB definition size, and the
 * {@link Json#MAX_DEPTH} nesting that keeps the validator's and the compiler's recursion shallow.
 */
public final class DefinitionBounds {

    private static final int MAX_BYTES = AslLimits.MAX_DEFINITION_BYTES;

    private DefinitionBounds() {
    }

    /** The problem with a definition's text, checked before it is parsed. */
    public static Optional<DefinitionProblem> checkText(String text) {
        // UTF-8 takes at least one byte per char and at most three; count exactly only when it matters.
        if (text.length() > MAX_BYTES || (long) text.length() * 3 > MAX_BYTES
                && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(tooLarge());
        }
        return Optional.empty();
    }

    /**
     * The problem with a parsed (or built) definition: too deep, or too large once written. Measured as the payload
     * limit is, without writing the text out; only a definition past the depth is walked again, for where.
     */
    public static Optional<DefinitionProblem> checkTree(JsonNode definition) {
        return switch (PayloadSize.fit(definition, MAX_BYTES)) {
            case FITS -> Optional.empty();
            case TOO_LARGE -> Optional.of(tooLarge());
            case TOO_DEEP -> Optional.of(new DefinitionProblem(pointerPastLimit(definition, Json.MAX_DEPTH, ""),
                    ProblemCodes.SCHEMA_VALIDATION_FAILED,
                    "the definition nests deeper than " + Json.MAX_DEPTH + " levels of objects and arrays"));
        };
    }

    private static DefinitionProblem tooLarge() {
        return new DefinitionProblem("", ProblemCodes.SCHEMA_VALIDATION_FAILED,
                "the definition is larger than AWS's limit of " + MAX_BYTES + " bytes");
    }

    /** The JSON pointer of the first object or array past the depth limit, or {@code null}; recurses at most that deep. */
    private static String pointerPastLimit(JsonNode node, int depthLeft, String pointer) {
        if (!node.isContainerNode()) {
            return null;
        }
        if (depthLeft == 0) {
            return pointer;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = pointerPastLimit(node.get(i), depthLeft - 1, pointer + "/" + i);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isContainerNode()) {
                String key = field.getKey().replace("~", "~0").replace("/", "~1");
                String found = pointerPastLimit(field.getValue(), depthLeft - 1, pointer + "/" + key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
