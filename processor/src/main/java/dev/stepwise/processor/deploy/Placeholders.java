package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code ${name}} placeholders: the names CloudFormation's {@code DefinitionSubstitutions} replaces in a
 * definition at deploy time.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private Placeholders() {
    }

    /** Placeholder names in one string, in order of first appearance. */
    public static List<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        collect(text, names);
        return List.copyOf(names);
    }

    /**
     * Placeholder names in the resources, string argument values and credentials of the given tasks, in order of
     * first appearance.
     */
    public static List<String> in(Collection<TaskResource> tasks) {
        Set<String> names = new LinkedHashSet<>();
        for (TaskResource task : tasks) {
            collect(task.resource(), names);
            collect(task.arguments().fields(), names);
            collect(task.credentials().fields(), names);
        }
        return List.copyOf(names);
    }

    static boolean contains(String text) {
        return PLACEHOLDER.matcher(text).find();
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isTextual()) {
            collect(node.textValue(), names);
        }
        node.forEach(child -> collect(child, names));
    }

    private static void collect(String text, Set<String> names) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
    }
}
