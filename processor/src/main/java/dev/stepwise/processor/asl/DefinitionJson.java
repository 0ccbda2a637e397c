package dev.stepwise.processor.asl;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;

/**
 * Writes definitions as the {@code .asl.json} files hold them: two-space indent, one array element per line,
 * {@code "key": value}, empty objects and arrays as {@code {}} and {@code []}, {@code \n} line ends on every platform
 * and a final newline. Key order is the tree's insertion order, so the same model always gives the same bytes.
 */
public final class DefinitionJson {

    /** The file's layout; {@link Json#write(JsonNode, DefaultPrettyPrinter)} writes with a copy of it. */
    private static final DefaultPrettyPrinter LAYOUT = layout();

    private DefinitionJson() {
    }

    public static String write(JsonNode definition) {
        return Json.write(definition, LAYOUT) + "\n";
    }

    private static DefaultPrettyPrinter layout() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
