package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and the plain Java values the JSONata library works on (Map, List, Number,
 * String, Boolean, {@link Jsonata#NULL_VALUE} for JSON null; Java {@code null} means "undefined").
 *
 * <p>Numbers keep their exact kind: integers stay integers and big integers are not rounded. JSONata computes in
 * doubles like JavaScript, so a whole double below 1e21 (where JavaScript still prints every digit) comes back as
 * an integer node: {@code 6/2} is {@code 3}, not {@code 3.0}.
 */
final class JsonataValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double LAST_PLAIN_INTEGER = 1e21;

    /** Thrown when a result has no JSON form (a function, a regex, infinity). */
    static final class NotJsonException extends RuntimeException {
        NotJsonException() {
            super(null, null, false, false);
        }
    }

    private JsonataValues() {
    }

    static Object toJava(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        return switch (node.getNodeType()) {
            case OBJECT -> objectToJava(node);
            case ARRAY -> arrayToJava(node);
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> numberToJava(node);
            case NULL -> Jsonata.NULL_VALUE;
            default -> node.asText();
        };
    }

    private static Map<String, Object> objectToJava(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>(Math.max(4, node.size() * 4 / 3 + 1));
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            map.put(field.getKey(), toJava(field.getValue()));
        }
        return map;
    }

    private static List<Object> arrayToJava(JsonNode node) {
        List<Object> list = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            list.add(toJava(element));
        }
        return list;
    }

    private static Object numberToJava(JsonNode node) {
        if (node.isInt() || node.isLong() || node.isBigInteger()) {
            return node.numberValue();
        }
        if (node.isBigDecimal()) {
            BigDecimal decimal = node.decimalValue();
            return isWhole(decimal) ? decimal.toBigIntegerExact() : decimal.doubleValue();
        }
        return node.doubleValue();
    }

    /** The JSON form of a JSONata result; {@code null} when the result is undefined. */
    static JsonNode toJson(Object value) {
        return new Conversion().toJson(value, Json.MAX_DEPTH);
    }

    /**
     * Thrown when a result nests deeper than {@link Json#MAX_DEPTH}: an expression can build one in a loop
     * ({@code $reduce}), and no later step could walk it.
     */
    static final class TooDeepException extends RuntimeException {
        TooDeepException() {
            super(null, null, false, false);
        }
    }

    /**
     * Thrown when a result's JSON text would be longer than {@link #MAX_RESULT_CHARS}. The library shares values
     * instead of copying them, so a small evaluation can return a value whose JSON is astronomically large: twenty
     * steps of {@code $reduce} putting the last value in two fields double it each time.
     */
    static final class TooLargeException extends RuntimeException {
        TooLargeException() {
            super(null, null, false, false);
        }
    }

    /** The longest JSON text a result may have: what the built-ins may build ({@link SizeBoundedFunctions}). */
    static final long MAX_RESULT_CHARS = SizeBoundedFunctions.MAX_STRING_LENGTH;

    /**
     * One conversion, charging each value at least the characters of its JSON text (escapes and digits beyond
     * the first are not counted) against {@link #MAX_RESULT_CHARS}, so it stops before building a tree that large.
     */
    private static final class Conversion {

        private long charsLeft = MAX_RESULT_CHARS;

        private void charge(long chars) {
            charsLeft -= chars;
            if (charsLeft < 0) {
                throw new TooLargeException();
            }
        }

        JsonNode toJson(Object value, int depthLeft) {
            if (value == null) {
                return null;
            }
            if (value == Jsonata.NULL_VALUE) {
                charge(4);
                return NODES.nullNode();
            }
            if (value instanceof String text) {
                charge(text.length() + 2L);
                return NODES.textNode(text);
            }
            if (value instanceof Boolean bool) {
                charge(4);
                return NODES.booleanNode(bool);
            }
            if (value instanceof Number number) {
                charge(1);
                return numberToJson(number);
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                if (depthLeft == 0) {
                    throw new TooDeepException();
                }
                charge(2);
                return value instanceof Map<?, ?> map ? mapToJson(map, depthLeft - 1)
                        : listToJson((List<?>) value, depthLeft - 1);
            }
            throw new NotJsonException();
        }

        private ObjectNode mapToJson(Map<?, ?> map, int depthLeft) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                JsonNode child = toJson(entry.getValue(), depthLeft);
                if (child != null) { // an undefined member is left out, as JSON.stringify does
                    String name = String.valueOf(entry.getKey());
                    charge(name.length() + 4L); // quotes, colon, comma
                    object.set(name, child);
                }
            }
            return object;
        }

        private ArrayNode listToJson(List<?> list, int depthLeft) {
            ArrayNode array = NODES.arrayNode(list.size());
            for (Object element : list) {
                JsonNode child = toJson(element, depthLeft);
                charge(1); // the comma
                array.add(child == null ? NODES.nullNode() : child); // JSON.stringify writes undefined in arrays as null
            }
            return array;
        }
    }

    private static JsonNode numberToJson(Number number) {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return NODES.numberNode(number.intValue());
        }
        if (number instanceof Long longValue) {
            return integerNode(longValue);
        }
        if (number instanceof BigInteger big) {
            return big.bitLength() < 64 ? integerNode(big.longValue()) : NODES.numberNode(big);
        }
        if (number instanceof BigDecimal decimal) {
            return isWhole(decimal) ? NODES.numberNode(decimal.toBigIntegerExact()) : NODES.numberNode(decimal);
        }
        double d = number.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new NotJsonException();
        }
        if (d == Math.rint(d) && Math.abs(d) < LAST_PLAIN_INTEGER) {
            if (d == 0) {
                return NODES.numberNode(0); // JSON has no negative zero: JavaScript prints -0 as 0
            }
            return Math.abs(d) < 0x1p63 ? integerNode((long) d) : NODES.numberNode(new BigDecimal(d).toBigInteger());
        }
        return NODES.numberNode(d);
    }

    private static JsonNode integerNode(long value) {
        return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }

    private static boolean isWhole(BigDecimal decimal) {
        return decimal.signum() == 0 || decimal.scale() <= 0 || decimal.stripTrailingZeros().scale() <= 0;
    }
}
