package dev.stepwise.asl.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PayloadSizeTest {

    @Test
    void theDepthLimitIsTheSameWithAndWithoutAByteLimit() {
        for (int depth = Json.MAX_DEPTH - 2; depth <= Json.MAX_DEPTH + 2; depth++) {
            for (boolean empty : new boolean[] {true, false}) {
                JsonNode nested = nested(depth, empty);
                PayloadSize.Fit expected = depth <= Json.MAX_DEPTH ? PayloadSize.Fit.FITS : PayloadSize.Fit.TOO_DEEP;
                assertThat(PayloadSize.fit(nested, PayloadSize.UNLIMITED)).as("depth %d", depth).isEqualTo(expected);
                assertThat(PayloadSize.fit(nested, 1_000_000)).as("depth %d", depth).isEqualTo(expected);
            }
        }
    }

    @Test
    void anEscapedPrefixIsTheLongestStartThatFitsAsJsonWritesIt() {
        Random random = new Random(248);
        String alphabet = "a\"\\\n\u0001é€\uD83D\uDE00";
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 40) {
                int at = random.nextInt(alphabet.length() - 1);
                text.append(alphabet.charAt(at) == '\uD83D' ? "\uD83D\uDE00" : String.valueOf(alphabet.charAt(at)));
            }
            long max = random.nextInt(120);
            int prefix = PayloadSize.escapedPrefix(text.toString(), max);
            String kept = text.substring(0, prefix);
            assertThat(escaped(kept)).as("%s within %d", text, max).isLessThanOrEqualTo(max);
            assertThat(Character.isHighSurrogate(kept.isEmpty() ? 'a' : kept.charAt(kept.length() - 1))).isFalse();
            if (prefix < text.length()) {
                int next = Character.isHighSurrogate(text.charAt(prefix)) ? prefix + 2 : prefix + 1;
                assertThat(escaped(text.substring(0, next))).as("%s past %d", text, max).isGreaterThan(max);
            }
        }
    }

    private static long escaped(String text) {
        return Json.write(Json.NODES.textNode(text)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length - 2;
    }

    @Test
    void aSizeIsTheLengthOfTheCompactText() {
        Random random = new Random(16);
        for (int i = 0; i < 300; i++) {
            JsonNode document = randomDocument(random, 4);
            long length = Json.write(document).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            assertThat(PayloadSize.fit(document, length)).as(Json.write(document)).isEqualTo(PayloadSize.Fit.FITS);
            assertThat(PayloadSize.fit(document, length - 1)).as(Json.write(document))
                    .isEqualTo(PayloadSize.Fit.TOO_LARGE);
            assertThat(PayloadSize.fit(document, PayloadSize.UNLIMITED)).isEqualTo(PayloadSize.Fit.FITS);
        }
    }

    /** Objects and arrays in turn, {@code depth} levels; the innermost one empty or holding a number. */
    private static JsonNode nested(int depth, boolean emptyInside) {
        JsonNode node = emptyInside ? Json.NODES.objectNode() : Json.NODES.arrayNode().add(7);
        for (int level = 1; level < depth; level++) {
            node = level % 2 == 0 ? Json.NODES.objectNode().set("a", node) : Json.NODES.arrayNode().add(node);
        }
        return node;
    }

    private static JsonNode randomDocument(Random random, int depth) {
        int kind = depth == 0 ? random.nextInt(4) : random.nextInt(6);
        return switch (kind) {
            case 0 -> Json.NODES.numberNode(random.nextInt(2_000_001) - 1_000_000);
            case 1 -> Json.NODES.textNode(randomText(random));
            case 2 -> Json.NODES.booleanNode(random.nextBoolean());
            case 3 -> Json.NODES.nullNode();
            case 4 -> {
                ObjectNode object = Json.NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(randomText(random), randomDocument(random, depth - 1));
                }
                yield object;
            }
            default -> {
                ArrayNode array = Json.NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomDocument(random, depth - 1));
                }
                yield array;
            }
        };
    }

    private static String randomText(Random random) {
        String alphabet = "ab\"\\\n\u0001é€\uD83D\uDE00";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(5); i > 0; i--) {
            int at = random.nextInt(alphabet.length() - 1);
            if (Character.isHighSurrogate(alphabet.charAt(at))) {
                text.append(alphabet, at, at + 2);
            } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
                text.append(alphabet.charAt(at));
            }
        }
        return text.toString();
    }
}
