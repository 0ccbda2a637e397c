package dev.stepwise.processor;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;

/**
 * The JSON files the processor writes, each with its fixed layout: two-space indent, one array element per line,
 * {@code "key": value}, {@code \n} line ends whatever the platform, and a final newline. Key order is the tree's
 * insertion order, so the same model always gives the same bytes on every machine.
 */
public enum JsonFile {

    /** {@code .asl.json}: empty objects and arrays as {@code {}} and {@code []}. */
    DEFINITION(true),
    /** CloudFormation and SAM templates and policies: empty objects and arrays as Jackson writes them, {@code { }}. */
    TEMPLATE(false);

    /** Written with a copy of it by {@link Json#write(JsonNode, DefaultPrettyPrinter)}. */
    private final DefaultPrettyPrinter layout;

    JsonFile(boolean tightEmpty) {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        if (tightEmpty) {
            separators = separators.withObjectEmptySeparator("").withArrayEmptySeparator("");
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        this.layout = printer;
    }

    /** The file's text for {@code tree}. */
    public String write(JsonNode tree) {
        return Json.write(tree, layout) + "\n";
    }
}
