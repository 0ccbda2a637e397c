package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-ins for the {@code ${Name}} placeholders of a generated workflow's {@code Resource} fields, which
 * CloudFormation fills from the template's {@code DefinitionSubstitutions} at deployment. A local run answers a Task
 * by its state name, so a stand-in need only be an ARN the definition's rules accept: a whole placeholder stands for a
 * Lambda function of that name (SAM's way of naming a function of the same template, granted so by the processor), a
 * placeholder inside an ARN for its name.
 */
final class ResourcePlaceholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private ResourcePlaceholders() {
    }

    /** The definition with its Resource placeholders replaced; itself when it has none. */
    static JsonNode standIns(String definitionText, JsonNode definition, String region, String account) {
        if (!definitionText.contains("${")) {
            return definition;
        }
        JsonNode copy = definition.deepCopy();
        replaceIn(copy, "arn:aws:lambda:" + region + ":" + account + ":function:");
        return copy;
    }

    private static void replaceIn(JsonNode node, String functionPrefix) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (field.getKey().equals("Resource") && value.isTextual() && value.textValue().contains("${")) {
                    field.setValue(object.textNode(standIn(value.textValue(), functionPrefix)));
                } else {
                    replaceIn(value, functionPrefix);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> replaceIn(item, functionPrefix));
        }
    }

    private static String standIn(String resource, String functionPrefix) {
        Matcher whole = PLACEHOLDER.matcher(resource);
        if (whole.matches()) {
            return functionPrefix + name(whole.group(1));
        }
        return PLACEHOLDER.matcher(resource).replaceAll(match -> Matcher.quoteReplacement(name(match.group(1))));
    }

    /** The placeholder's name as a function name may spell it (letters, digits, hyphens and underscores). */
    private static String name(String placeholder) {
        String name = placeholder.replaceAll("[^A-Za-z0-9_-]", "-");
        return name.isEmpty() ? "placeholder" : name;
    }
}
