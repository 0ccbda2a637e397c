package dev.stepwise.asl.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.QueryLanguage;
import dev.stepwise.asl.VariableNames;
import java.util.Iterator;
import java.util.Map;

/**
 * Walks the JSON a state builds its data from. In JSONPath states that is a payload template, where a key ending
 * in {@code .$} takes a path or intrinsic call; in JSONata states any string may be a {@code {% %}} expression.
 */
final class PayloadTemplates {

    private static final String DYNAMIC_KEY_SUFFIX = ".$";

    private final ValueChecks checks;
    private final Problems problems;

    PayloadTemplates(ValueChecks checks, Problems problems) {
        this.checks = checks;
        this.problems = problems;
    }

    /**
     * An {@code Assign} of a state, a top-level Choice rule or a catcher: an object from {@link VariableNames valid
     * variable names} to values; in JSONPath a computed value's key ends in {@code .$}, which is not part of the name.
     */
    void assign(JsonNode assign, JsonPointer at, QueryLanguage language) {
        if (!assign.isObject()) {
            problems.schema(at, "The field 'Assign' must be an object mapping variable names to values, not "
                    + ValueChecks.describe(assign));
            return;
        }
        for (Iterator<String> it = assign.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            String name = language == QueryLanguage.JSONPATH && key.endsWith(DYNAMIC_KEY_SUFFIX)
                    ? key.substring(0, key.length() - DYNAMIC_KEY_SUFFIX.length()) : key;
            if (name.equals(VariableNames.RESERVED)) {
                problems.schema(at.field(key), "'states' is reserved for $states and cannot be assigned");
            } else if (!VariableNames.isValid(name)) {
                problems.schema(at.field(key), "'" + name + "' is not a valid variable name: up to "
                        + VariableNames.MAX_LENGTH + " letters, digits and underscores, not starting with a digit");
            }
        }
        check(assign, at, language);
    }

    /** Checks a field's value as the state's query language reads it. */
    void check(JsonNode value, JsonPointer at, QueryLanguage language) {
        if (language == QueryLanguage.JSONATA) {
            jsonataValue(value, at);
        } else {
            jsonPathTemplate(value, at);
        }
    }

    /** Every {@code .$} key, at any depth, must hold a valid path or intrinsic function call. */
    void jsonPathTemplate(JsonNode template, JsonPointer at) {
        if (template.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = template.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (entry.getKey().endsWith(DYNAMIC_KEY_SUFFIX)) {
                    // AWS locates a bad dynamic value at the object holding the key; the message names the key.
                    checks.pathOrIntrinsic(entry.getValue(), at, entry.getKey());
                } else {
                    jsonPathTemplate(entry.getValue(), at.field(entry.getKey()));
                }
            }
        } else if (template.isArray()) {
            for (int i = 0; i < template.size(); i++) {
                jsonPathTemplate(template.get(i), at.index(i));
            }
        }
    }

    /** Every {@code {% %}} string, at any depth, must parse as JSONata. */
    void jsonataValue(JsonNode value, JsonPointer at) {
        if (value.isTextual()) {
            if (JsonataSyntax.isExpression(value.textValue())) {
                checks.jsonataExpression(value.textValue(), at);
            }
        } else if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                jsonataValue(entry.getValue(), at.field(entry.getKey()));
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                jsonataValue(value.get(i), at.index(i));
            }
        }
    }
}
