package dev.stepwise.asl.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one Jackson configuration the runtime uses.
 *
 * <p>Trees are treated as immutable once built: a state's input is shared with history events and sibling
 * branches, so writers copy only the objects along the path they change (see {@code ReferencePath#write}).
 * Numbers are read exactly ({@code BigDecimal} for decimals) so that {@code 1.10} and big integers survive a run.
 *
 * <p>Documents nest at most {@link #MAX_DEPTH} levels. AWS documents no nesting limit, but its services read JSON
 * with Jackson's default of 1000 levels, and every recursive walk of a tree (sizes, equality, JSONata values,
 * writing) stays far from a stack overflow at that depth. Writing allows some headroom, so that a document at the
 * limit can still be wrapped in a history event or a command line's result.
 */
public final class Json {

    /** The deepest nesting of arrays and objects a document may have. */
    public static final int MAX_DEPTH = 1000;

    /** The deepest nesting written: a document at {@link #MAX_DEPTH} plus the envelopes it is reported in. */
    private static final int MAX_WRITE_DEPTH = 2 * MAX_DEPTH;

    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_WRITE_DEPTH).build())
            .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    public static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    private Json() {
    }

    /**
     * Parses one JSON document; malformed text, text with anything but whitespace after the document, blank text
     * and documents nested deeper than {@link #MAX_DEPTH} raise {@link IllegalArgumentException} with the parser's
     * message.
     */
    public static JsonNode parse(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
        if (node == null || node.isMissingNode()) {
            throw new IllegalArgumentException("No content: the text holds no JSON value");
        }
        return node;
    }

    /** Compact JSON text, as AWS writes inputs and outputs in history events and causes. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written: " + e.getOriginalMessage(), e);
        }
    }

    /** Indented JSON text for people to read, as the command line prints results and reports. */
    public static String writePretty(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * An empty object node sized for {@code fields} fields, for code that knows how many it will put: Jackson's
     * default table of 16 slots, allocated and then resized, was most of what a 10,000-item Map allocates per item
     * (async-profiler, allocation samples).
     */
    public static ObjectNode objectNode(int fields) {
        return new ObjectNode(NODES, new java.util.LinkedHashMap<>(fields * 4 / 3 + 1));
    }
}
