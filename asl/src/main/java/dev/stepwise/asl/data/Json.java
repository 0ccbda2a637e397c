package dev.stepwise.asl.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;

/**
 * The one reader and writer of JSON text the runtime and the annotation processor use, and their tree factory.
 *
 * <p>Trees are treated as immutable once built: a state's input is shared with history events and sibling
 * branches, so writers copy only the objects along the path they change (see {@code ReferencePath#write}).
 * Numbers are read exactly ({@code BigDecimal} for decimals) so that {@code 1.10} and big integers survive a run.
 *
 * <p>Documents nest at most {@link #MAX_DEPTH} levels. AWS documents no nesting limit, but its services read JSON
 * with Jackson's default of 1000 levels, and every recursive walk of a tree (sizes, equality, JSONata values,
 * writing) stays far from a stack overflow at that depth. Writing allows some headroom, so that a document at the
 * limit can still be wrapped in a history event or a command line's result.
 *
 * <p>Text is read and written with Jackson's streaming parser and generator, not its databind {@code ObjectMapper}:
 * the result is the mapper's (the same nodes, numbers, duplicate keys and limits; {@code JsonTest} holds them side
 * by side), without building the mapper, which costs a fresh JVM more than all the reading and writing of a short
 * test suite. The mapper, for binding Java objects, is {@link JsonBinding#MAPPER}, built on first use.
 */
public final class Json {

    /** The deepest nesting of arrays and objects a document may have. */
    public static final int MAX_DEPTH = 1000;

    /** The deepest nesting written: a document at {@link #MAX_DEPTH} plus the envelopes it is reported in. */
    private static final int MAX_WRITE_DEPTH = 2 * MAX_DEPTH;

    /**
     * Parsers and generators with the limits above (shared with {@link JsonBinding#MAPPER}). Parse errors quote the
     * text they point into ({@code [Source: (String)"{"; line: 1, column: 1]}), as AWS's messages do, instead of
     * naming the Jackson feature that would.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_WRITE_DEPTH).build())
            .build();

    /** Makes the nodes of every tree; decimals keep their scale ({@code 1.10} stays {@code 1.10}). */
    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private Json() {
    }

    /** Orders two numbers by value and anything else by equality: what {@link #sameJson} compares leaves with. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    /**
     * Whether two numbers are the same JSON number, whatever Java type holds them: JSON has one number type, and
     * {@code 3}, {@code 3.0} and a {@code BigInteger} 3 (an intrinsic's sum) are one value.
     */
    public static boolean sameNumber(JsonNode a, JsonNode b) {
        return NUMBERS_BY_VALUE.compare(a, b) == 0;
    }

    /** Whether two documents are the same JSON, their numbers compared by value ({@link #sameNumber}). */
    public static boolean sameJson(JsonNode a, JsonNode b) {
        return a.equals(NUMBERS_BY_VALUE, b);
    }

    /**
     * Parses one JSON document; malformed text, text with anything but whitespace after the document, blank text
     * and documents nested deeper than {@link #MAX_DEPTH} raise {@link IllegalArgumentException} with the parser's
     * message.
     */
    public static JsonNode parse(String text) {
        return parse(text, false);
    }

    /**
     * {@link #parse}, and an object that names a key twice is an error too ({@code Duplicate field 'x'}): for JSON
     * a person wrote, where the second value silently replacing the first is a mistake to report.
     */
    public static JsonNode parseWithUniqueKeys(String text) {
        return parse(text, true);
    }

    private static JsonNode parse(String text, boolean uniqueKeys) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (uniqueKeys) {
                parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            }
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("No content: the text holds no JSON value");
            }
            JsonNode node = first.isStructStart() ? container(parser, first) : scalar(parser, first);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                // databind's FAIL_ON_TRAILING_TOKENS, in its words; the cause says where, in a person's words
                throw new IllegalArgumentException("Trailing token (of type " + trailing + ") found after value"
                        + " (bound as `com.fasterxml.jackson.databind.JsonNode`): not allowed as per"
                        + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`", new JsonParseException(parser,
                        "more JSON after the end of the document", parser.currentTokenLocation()));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        } catch (IOException e) { // reading a String does no I/O
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The object or array the parser stands at the start of, read as databind reads trees: without recursion (the
     * open containers are kept on a stack, so the depth limit is the parser's, not the thread's stack), an object's
     * names through {@code nextFieldName} (whose messages for malformed text differ from {@code nextToken}'s), and
     * a later duplicate key replacing the value in its first key's place.
     */
    private static JsonNode container(JsonParser parser, JsonToken start) throws IOException {
        ContainerNode<?> root = newContainer(start);
        ArrayDeque<ContainerNode<?>> enclosing = new ArrayDeque<>();
        ContainerNode<?> current = root;
        while (current != null) {
            ContainerNode<?> child = null;
            if (current instanceof ObjectNode object) {
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    JsonToken token = parser.nextToken();
                    if (token != null && token.isStructStart()) {
                        child = newContainer(token);
                        object.replace(name, child);
                        break;
                    }
                    object.replace(name, scalar(parser, token));
                }
            } else {
                ArrayNode array = (ArrayNode) current;
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    if (token != null && token.isStructStart()) {
                        child = newContainer(token);
                        array.add(child);
                        break;
                    }
                    array.add(scalar(parser, token));
                }
            }
            if (child != null) {
                enclosing.push(current);
                current = child;
            } else {
                current = enclosing.poll(); // closed: back to the container around it, if any
            }
        }
        return root;
    }

    private static ContainerNode<?> newContainer(JsonToken start) {
        return start == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
    }

    /**
     * A scalar as databind's tree reader makes it: integers as int, long or big-integer nodes by size, every number
     * with a fraction or exponent as an exact decimal (its {@code USE_BIG_DECIMAL_FOR_FLOATS}; NaN cannot occur, the
     * factory does not allow non-numeric numbers).
     */
    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) { // the parser reports text that ends inside a container before this
            throw new IllegalStateException("a JSON text parser ended inside a container");
        }
        return switch (token) {
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("a JSON text parser returned " + token);
        };
    }

    /** Compact JSON text, as AWS writes inputs and outputs in history events and causes. */
    public static String write(JsonNode node) {
        return text(node, null);
    }

    /** Indented JSON text for people to read, as the command line prints results and reports. */
    public static String writePretty(JsonNode node) {
        return text(node, new DefaultPrettyPrinter());
    }

    /**
     * JSON text in the given layout, for files whose bytes are fixed (the processor's definitions and templates).
     * A copy of {@code layout} writes it: a pretty printer keeps the nesting it is at, so one instance cannot be
     * shared between writes, and the caller's stays as it was.
     */
    public static String write(JsonNode node, DefaultPrettyPrinter layout) {
        return text(node, layout.createInstance());
    }

    /** Writes {@code node} through the given pretty printer, or compactly when it is null. */
    private static String text(JsonNode node, PrettyPrinter printer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            if (printer != null) {
                generator.setPrettyPrinter(printer);
            }
            write(node, generator);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written: " + e.getOriginalMessage(), e);
        } catch (IOException e) { // writing a String does no I/O
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes a tree as databind serialises one: each node as its type and number type say. */
    private static void write(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject(node, node.size());
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    generator.writeFieldName(field.getKey());
                    write(field.getValue(), generator);
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray(node, node.size());
                for (JsonNode element : node) {
                    write(element, generator);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case NUMBER -> writeNumber(node, generator);
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL, MISSING -> generator.writeNull();
            case BINARY -> generator.writeBinary(node.binaryValue());
            // a Java object held in a tree (none of ours makes one) is written as databind writes it
            case POJO -> JsonBinding.MAPPER.writeValue(generator, ((POJONode) node).getPojo());
        }
    }

    private static void writeNumber(JsonNode number, JsonGenerator generator) throws IOException {
        switch (number.numberType()) {
            case INT -> generator.writeNumber(number.intValue());
            case LONG -> generator.writeNumber(number.longValue());
            case BIG_INTEGER -> generator.writeNumber(number.bigIntegerValue());
            case FLOAT -> generator.writeNumber(number.floatValue());
            case DOUBLE -> generator.writeNumber(number.doubleValue());
            case BIG_DECIMAL -> generator.writeNumber(number.decimalValue());
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
