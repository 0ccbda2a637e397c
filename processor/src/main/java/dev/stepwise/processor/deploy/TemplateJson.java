package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;

/**
 * Writes templates as text: two-space indent, one array element per line, {@code "key": value}, empty objects and
 * arrays as Jackson writes them ({@code { }}, {@code [ ]}), {@code \n} line ends whatever the platform, and a final
 * newline, so the same template is the same bytes on every machine.
 */
public final class TemplateJson {

    /** The templates' layout; {@link Json#write(JsonNode, DefaultPrettyPrinter)} writes with a copy of it. */
    private static final DefaultPrettyPrinter LAYOUT = layout();

    private TemplateJson() {
    }

    public static String write(JsonNode template) {
        return Json.write(template, LAYOUT) + "\n";
    }

    private static DefaultPrettyPrinter layout() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
