package dev.stepwise.processor.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;

/**
 * Writes templates as text: two-space indent, one array element per line, {@code "key": value}, {@code \n} line ends
 * whatever the platform, and a final newline, so the same template is the same bytes on every machine.
 */
public final class TemplateJson {

    private static final ObjectWriter WRITER = writer();

    private TemplateJson() {
    }

    public static String write(JsonNode template) {
        try {
            return WRITER.writeValueAsString(template) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of plain JSON nodes always serializes; reaching here is a bug, not bad input
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectWriter writer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return new ObjectMapper().writer(printer);
    }
}
