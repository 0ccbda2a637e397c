package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.DefinitionStates;
import java.util.List;
import java.util.Set;
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
    private static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::Region", "AWS::AccountId", "AWS::Partition");

    private ResourcePlaceholders() {
    }

    /** The definition with its Resource placeholders replaced; itself when it has none. */
    static JsonNode standIns(String definitionText, JsonNode definition, String region, String account) {
        if (!definitionText.contains("${")) {
            return definition;
        }
        JsonNode copy = definition.deepCopy();
        Filler filler = new Filler(region, account);
        for (JsonNode state : DefinitionStates.of(copy).values()) {
            if (state instanceof ObjectNode object) {
                filler.fillState(object);
            }
        }
        return copy;
    }

    /** The Resource of a Task, of a Distributed Map's ItemReader and of its ResultWriter. */
    private record Filler(String region, String account) {

        void fillState(ObjectNode state) {
            if ("Task".equals(state.path("Type").asText())) {
                fill(state);
            }
            for (String part : List.of("ItemReader", "ResultWriter")) {
                if (state.get(part) instanceof ObjectNode object) {
                    fill(object);
                }
            }
        }

        private void fill(ObjectNode owner) {
            JsonNode resource = owner.get("Resource");
            if (resource != null && resource.isTextual() && resource.textValue().contains("${")) {
                owner.put("Resource", standIn(resource.textValue()));
            }
        }

        private String standIn(String resource) {
            Matcher whole = PLACEHOLDER.matcher(resource);
            if (whole.matches() && !PSEUDO_PARAMETERS.contains(whole.group(1))) {
                return "arn:aws:lambda:" + region + ":" + account + ":function:" + name(whole.group(1));
            }
            return PLACEHOLDER.matcher(resource).replaceAll(match -> Matcher.quoteReplacement(value(match.group(1))));
        }

        /** CloudFormation's pseudo parameters as the local runtime's account, region and partition. */
        private String value(String placeholder) {
            return switch (placeholder) {
                case "AWS::Region" -> region;
                case "AWS::AccountId" -> account;
                case "AWS::Partition" -> "aws";
                default -> name(placeholder);
            };
        }
    }

    /** The placeholder's name as a function name may spell it (letters, digits, hyphens and underscores). */
    private static String name(String placeholder) {
        String name = placeholder.replaceAll("[^A-Za-z0-9_-]", "-");
        return name.isEmpty() ? "placeholder" : name;
    }
}
