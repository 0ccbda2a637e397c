package dev.stepwise.asl.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Json} reads and writes with Jackson's streaming parser and generator; what it makes must be exactly what
 * Jackson's databind mapper configured the same way ({@link JsonBinding#MAPPER}) makes: the same node classes,
 * number types and scales, key order, duplicate keys, errors and limits, the same text.
 */
class JsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
            "1.10", "1.0", "0.0", "-0.0", "1e3", "1E-3", "2.5e+10", "1e400", "-1e-400", "3.141592653589793238462643",
            "\"text\"", "\"\\u00e9\\n\\\"\\\\ \\ud83d\\ude00\"", "true", "false", "null", "  {\"a\" : 1 }  ",
            "{\"a\":1,\"b\":2,\"a\":3}", "{\"a\":{\"x\":1},\"a\":[2]}", "{\"a\":[1,{\"b\":[[],{}]},\"c\"],\"d\":null}",
            "[1,2.50,\"3\",true,null,[],{},[[[1]]],{\"k\":{\"k\":{\"k\":1.0e2}}}]", "{\"\":\"\",\"a b\":[{}]}"})
    void readsAsDatabindReads(String text) throws JsonProcessingException {
        JsonNode ours = Json.parse(text);
        assertThat(TreeShape.of(ours)).isEqualTo(TreeShape.of(JsonBinding.MAPPER.readTree(text)));
        assertThat(Json.write(ours)).isEqualTo(JsonBinding.MAPPER.writeValueAsString(ours));
        assertThat(Json.writePretty(ours))
                .isEqualTo(JsonBinding.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(ours));
    }

    @Test
    void writesInAGivenLayoutAsDatabindWritesWithItAndLeavesTheLayoutAsItWas() throws JsonProcessingException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter layout = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator(""));
        layout.indentObjectsWith(indenter);
        layout.indentArraysWith(indenter);
        JsonNode node = Json.parse("{\"a\":[1,{\"b\":{}},[]],\"c\":{\"d\":1.50}}");

        String written = Json.write(node, layout);

        assertThat(written).isEqualTo(JsonBinding.MAPPER.writer(layout).writeValueAsString(node)).isEqualTo("""
                {
                  "a": [
                    1,
                    {
                      "b": {}
                    },
                    [ ]
                  ],
                  "c": {
                    "d": 1.50
                  }
                }""");
        assertThat(Json.write(node, layout)).as("the same layout again").isEqualTo(written);
    }

    @Test
    void aLaterDuplicateKeyTakesTheFirstOnesPlace() {
        JsonNode node = Json.parse("{\"a\":1,\"b\":2,\"a\":{\"c\":3}}");
        assertThat(Json.write(node)).isEqualTo("{\"a\":{\"c\":3},\"b\":2}");
    }

    @Test
    void numbersKeepTheirTypeAndScale() {
        assertThat(Json.parse("1.10").decimalValue()).isEqualTo(new BigDecimal("1.10"));
        assertThat(Json.parse("1e400").decimalValue()).isEqualTo(new BigDecimal("1e400"));
        assertThat(Json.parse("12345678901234567890").bigIntegerValue())
                .isEqualTo(new BigInteger("12345678901234567890"));
        assertThat(Json.parse("7").isInt()).isTrue();
        assertThat(Json.parse("7000000000").isLong()).isTrue();
        assertThat(Json.write(Json.parse("[1.10,1e3,1E-3]"))).isEqualTo("[1.10,1E+3,0.001]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "[1,", "{\"a\" 1}", "{\"a\":1,}", "[1 2]", "{} x", "{}{}", "1 2", "[] []",
            "tru", "nul", "'a'", "{a:1}", "NaN", "01", "1.", ".5", "+1", "\"unterminated", "[1]]", "{\"a\":1}}",
            "\"\\x\"", "/* comment */ 1", "[\"tab\there\"]"})
    void rejectsWhatDatabindRejectsWithItsMessage(String text) {
        String databind;
        try {
            JsonNode node = JsonBinding.MAPPER.readTree(text);
            assertThat(node == null || node.isMissingNode()).as("databind reads %s as %s", text, node).isTrue();
            databind = "No content: the text holds no JSON value";
        } catch (JsonProcessingException e) {
            databind = e.getOriginalMessage();
        }
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(databind);
    }

    @Test
    void sameJsonComparesNumbersByValueAndEverythingElseExactly() {
        JsonNode sum = Json.NODES.objectNode().set("n", Json.NODES.numberNode(java.math.BigInteger.valueOf(3)));
        assertThat(Json.sameJson(Json.parse("{\"n\": 3.0}"), sum)).isTrue();
        assertThat(Json.sameJson(Json.parse("[1.50, {\"a\": 2}]"), Json.parse("[1.5, {\"a\": 2}]"))).isTrue();
        assertThat(Json.sameJson(Json.parse("{\"n\": 3}"), Json.parse("{\"n\": 4}"))).isFalse();
        assertThat(Json.sameJson(Json.parse("{\"n\": \"3\"}"), Json.parse("{\"n\": 3}"))).isFalse();
        assertThat(Json.sameJson(Json.parse("{\"n\": 3}"), Json.parse("{\"m\": 3}"))).isFalse();
        assertThat(Json.sameNumber(Json.parse("1e2"), Json.parse("100"))).isTrue();
    }

    @Test
    void aKeyWrittenTwiceIsKeptLastByParseAndRefusedByParseWithUniqueKeys() {
        assertThat(Json.parse("{\"x\": 1, \"x\": 2}").toString()).isEqualTo("{\"x\":2}");
        assertThatThrownBy(() -> Json.parseWithUniqueKeys("{\"a\": {\"x\": 1, \"x\": 2}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Duplicate field 'x'");
        assertThat(Json.parseWithUniqueKeys("{\"x\": {\"x\": 1}}").toString()).isEqualTo("{\"x\":{\"x\":1}}");
    }

    @Test
    void aParseErrorQuotesTheTextItPointsIntoRatherThanAJacksonFeature() {
        assertThatThrownBy(() -> Json.parse("{")).hasMessage("Unexpected end-of-input: expected close marker for"
                + " Object (start marker at [Source: (String)\"{\"; line: 1, column: 1])");
    }

    @Test
    void aSecondDocumentIsRefusedInDatabindsWordsWithItsPlaceInTheCause() {
        assertThatThrownBy(() -> Json.parse("{\"a\": 1}\n  {}")).hasMessageStartingWith("Trailing token (of type"
                + " START_OBJECT) found after value").cause().isInstanceOfSatisfying(JsonProcessingException.class,
                        cause -> {
                            assertThat(cause.getOriginalMessage()).isEqualTo("more JSON after the end of the document");
                            assertThat(cause.getLocation().getLineNr()).isEqualTo(2);
                            assertThat(cause.getLocation().getColumnNr()).isEqualTo(3);
                        });
    }

    @Test
    void readsAtMostMaxDepthLevels() throws JsonProcessingException {
        String atLimit = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertThat(TreeShape.of(Json.parse(atLimit))).isEqualTo(TreeShape.of(JsonBinding.MAPPER.readTree(atLimit)));
        String deeper = "{\"a\":".repeat(Json.MAX_DEPTH) + "[]" + "}".repeat(Json.MAX_DEPTH);
        assertThatThrownBy(() -> Json.parse(deeper)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Document nesting depth (1001) exceeds the maximum allowed (1000");
    }

    @Test
    void writesTwiceMaxDepthLevelsAndNoMore() throws JsonProcessingException {
        ArrayNode atLimit = nested(2 * Json.MAX_DEPTH);
        assertThat(Json.write(atLimit)).isEqualTo(JsonBinding.MAPPER.writeValueAsString(atLimit));
        ArrayNode deeper = nested(2 * Json.MAX_DEPTH + 1);
        assertThatThrownBy(() -> Json.write(deeper)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exceeds the maximum allowed (2000");
    }

    @Test
    void writesEveryKindOfNodeAsDatabindDoes() throws JsonProcessingException {
        ObjectNode node = Json.NODES.objectNode();
        node.put("short", (short) 7).put("int", 1).put("long", 1L << 40).put("float", 1.5f).put("double", 0.1)
                .put("bigInteger", new BigInteger("123456789012345678901234567890"))
                .put("decimal", new BigDecimal("1.50")).put("text", "é\n\"").put("bool", true).putNull("null")
                .put("binary", new byte[] {1, 2, 3, (byte) 255});
        node.set("missing", Json.NODES.missingNode());
        node.putPOJO("pojo", Map.of("k", List.of(1, "v")));
        node.putArray("array").add(1).addObject().put("x", "y");
        assertThat(Json.write(node)).isEqualTo(JsonBinding.MAPPER.writeValueAsString(node));
        assertThat(Json.writePretty(node))
                .isEqualTo(JsonBinding.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }

    @Test
    void randomDocumentsAndTheirBrokenCopiesReadAsDatabindReads() throws JsonProcessingException {
        Random random = new Random(16);
        for (int i = 0; i < 5000; i++) {
            String text = Json.write(randomNode(random, 0)).replace(",\"k1\"", ",\"k0\""); // some duplicate keys
            assertThat(TreeShape.of(Json.parse(text))).isEqualTo(TreeShape.of(JsonBinding.MAPPER.readTree(text)));
            StringBuilder broken = new StringBuilder(text);
            int at = random.nextInt(broken.length());
            broken.setCharAt(at, "{}[]:,\"0.e-x ".charAt(random.nextInt(13)));
            String brokenText = broken.toString();
            String databind;
            try {
                JsonNode node = JsonBinding.MAPPER.readTree(brokenText);
                databind = node.isMissingNode() ? "error: No content: the text holds no JSON value" : TreeShape.of(node);
            } catch (JsonProcessingException e) {
                databind = "error: " + e.getOriginalMessage();
            } catch (NumberFormatException e) { // an exponent too large for a BigDecimal, from the parser itself
                databind = "error: " + e.getMessage();
            }
            String ours;
            try {
                ours = TreeShape.of(Json.parse(brokenText));
            } catch (IllegalArgumentException e) {
                ours = "error: " + e.getMessage();
            }
            assertThat(ours).as(brokenText).isEqualTo(databind);
        }
    }

    private static JsonNode randomNode(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 6 : 8);
        return switch (kind) {
            case 0 -> Json.NODES.numberNode(random.nextInt());
            case 1 -> Json.NODES.numberNode(random.nextLong());
            case 2 -> Json.NODES.numberNode(new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(40) - 20));
            case 3 -> Json.NODES.textNode("t" + random.nextInt(100));
            case 4 -> random.nextBoolean() ? Json.NODES.booleanNode(random.nextBoolean()) : Json.NODES.nullNode();
            case 5 -> Json.NODES.numberNode(new BigInteger(100, random));
            case 6 -> {
                ObjectNode object = Json.NODES.objectNode();
                for (int n = random.nextInt(4), k = 0; k < n; k++) {
                    object.set("k" + k, randomNode(random, depth + 1));
                }
                yield object;
            }
            default -> {
                ArrayNode array = Json.NODES.arrayNode();
                for (int n = random.nextInt(4), k = 0; k < n; k++) {
                    array.add(randomNode(random, depth + 1));
                }
                yield array;
            }
        };
    }

    private static ArrayNode nested(int depth) {
        ArrayNode root = Json.NODES.arrayNode();
        ArrayNode current = root;
        for (int i = 1; i < depth; i++) {
            current = current.addArray();
        }
        return root;
    }
}
