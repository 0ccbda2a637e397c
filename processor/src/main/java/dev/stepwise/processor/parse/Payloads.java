package dev.stepwise.processor.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.processor.diag.Finding;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.model.RawJson;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks raw JSON written in annotations (Parameters, ResultSelector, ItemSelector, Result, Credentials): it must
 * parse, and every {@code "key.$"} value must be a valid path or intrinsic call; in a JSONata state, every
 * {@code "{% ... %}"} string must be a valid JSONata expression instead.
 */
final class Payloads {

    private Payloads() {
    }

    /**
     * The parsed tree, or null after adding a finding. It is read as the runtime reads the definition: decimals
     * exactly ({@code 1.50} stays {@code 1.50}), and text after the document is an error, not ignored, as is a key
     * written twice in one object (whose second value would silently win).
     */
    static JsonNode parse(String text, String what, List<Finding> findings, boolean templates) {
        if (text.isBlank()) {
            findings.add(Finding.of(Message.INVALID_JSON, what, "it is empty"));
            return null;
        }
        JsonNode tree;
        try {
            tree = Json.parseWithUniqueKeys(text);
        } catch (IllegalArgumentException e) { // malformed, too deep or a key twice: the parser's own words
            findings.add(Finding.of(Message.INVALID_JSON, what, e.getMessage()));
            return null;
        }
        if (templates) {
            checkTemplates(tree, findings);
        }
        return tree;
    }

    /** The parsed tree of a JSONata state's payload (Arguments, ItemSelector), or null after adding a finding. */
    static JsonNode parseJsonata(String text, String what, List<Finding> findings) {
        JsonNode tree = parse(text, what, findings, false);
        if (tree != null) {
            checkExpressions(tree, findings);
        }
        return tree;
    }

    static RawJson raw(JsonNode tree) {
        return new RawJson(Json.write(tree));
    }

    private static void checkExpressions(JsonNode node, List<Finding> findings) {
        if (node.isTextual() && JsonataSyntax.isWrapped(node.textValue())) {
            JsonataSyntax.check(node.textValue()).ifPresent(findings::add);
        }
        node.forEach(child -> checkExpressions(child, findings));
    }

    private static void checkTemplates(JsonNode node, List<Finding> findings) {
        if (node.isArray()) {
            node.forEach(item -> checkTemplates(item, findings));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().endsWith(".$")) {
                    if (!field.getValue().isTextual()) {
                        findings.add(Finding.of(Message.INVALID_JSON, "\"" + field.getKey() + "\"",
                                "a key ending in .$ needs a path or intrinsic function string"));
                    } else {
                        Intrinsics.checkSource(field.getValue().asText(), "path").ifPresent(findings::add);
                    }
                } else {
                    checkTemplates(field.getValue(), findings);
                }
            }
        }
    }
}
