package dev.stepwise.asl.data.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidJsonException;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.TypeRef;
import com.jayway.jsonpath.spi.json.AbstractJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import com.jayway.jsonpath.spi.mapper.MappingProvider;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.JsonBinding;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Jayway JsonPath's view of Jackson trees, as Jayway's own {@code JacksonJsonNodeJsonProvider} given
 * {@link JsonBinding#MAPPER} sees them (the same unwrapped scalars, the same nodes in results), written here because
 * that class builds a databind {@code ObjectMapper} of its own when it is loaded and converts every selected value
 * back to a node through the mapper: the first query of a fresh JVM (a {@code $[*].id} in a test) paid for the
 * mapper's initialisation, a sixth of a short test suite. Selected values of the kinds a parsed document holds
 * (strings, booleans, null, int, long, big integer and exact decimal numbers, objects and arrays of them) become
 * nodes here, exactly as the mapper makes them; anything else still goes through the mapper.
 */
final class JacksonTrees extends AbstractJsonProvider {

    /** Jayway over Jackson trees; mapping to Java types (typed filters only) builds the mapper when first asked. */
    static final Configuration CONFIGURATION = Configuration.builder()
            .jsonProvider(new JacksonTrees())
            .mappingProvider(new LazyMapping())
            .build();

    private JacksonTrees() {
    }

    @Override
    public Object parse(String json) {
        try {
            return Json.parse(json);
        } catch (IllegalArgumentException e) {
            throw new InvalidJsonException(e, json);
        }
    }

    @Override
    public Object parse(InputStream json, String charset) {
        try {
            return parse(new String(json.readAllBytes(), Charset.forName(charset)));
        } catch (IOException e) {
            throw new InvalidJsonException(e);
        }
    }

    @Override
    public String toJson(Object value) {
        if (!(value instanceof JsonNode node)) {
            throw new JsonPathException("Not a JSON Node");
        }
        return Json.write(node);
    }

    @Override
    public Object createArray() {
        return Json.NODES.arrayNode();
    }

    @Override
    public Object createMap() {
        return Json.NODES.objectNode();
    }

    /** A scalar node as the Java value filters compare (a big integer stays a node, as in Jayway's provider). */
    @Override
    public Object unwrap(Object value) {
        if (!(value instanceof JsonNode node) || !node.isValueNode()) {
            return value;
        }
        if (node.isTextual()) {
            return node.asText();
        } else if (node.isBoolean()) {
            return node.asBoolean();
        } else if (node.isInt()) {
            return node.asInt();
        } else if (node.isLong()) {
            return node.asLong();
        } else if (node.isBigDecimal()) {
            return node.decimalValue();
        } else if (node.isDouble()) {
            return node.doubleValue();
        } else if (node.isFloat()) {
            return node.floatValue();
        } else if (node.isNull()) {
            return null;
        }
        return value;
    }

    @Override
    public boolean isArray(Object value) {
        return value instanceof ArrayNode || value instanceof List;
    }

    @Override
    public Object getArrayIndex(Object array, int index) {
        return ((ArrayNode) array).get(index);
    }

    @Override
    public void setArrayIndex(Object array, int index, Object value) {
        if (!isArray(array)) {
            throw new UnsupportedOperationException();
        }
        ((ArrayNode) array).insert(index, node(value));
    }

    @Override
    public Object getMapValue(Object object, String key) {
        JsonNode value = ((ObjectNode) object).get(key);
        return value == null ? UNDEFINED : unwrap(value);
    }

    @Override
    public void setProperty(Object container, Object key, Object value) {
        if (isMap(container)) {
            ((ObjectNode) container).set(key.toString(), node(value));
            return;
        }
        ArrayNode array = (ArrayNode) container;
        int index = key == null ? array.size() : key instanceof Integer i ? i : Integer.parseInt(key.toString());
        if (index == array.size()) {
            array.add(node(value));
        } else {
            array.set(index, node(value));
        }
    }

    @Override
    public void removeProperty(Object container, Object key) {
        if (isMap(container)) {
            ((ObjectNode) container).remove(key.toString());
        } else {
            ((ArrayNode) container).remove(key instanceof Integer i ? i : Integer.parseInt(key.toString()));
        }
    }

    @Override
    public boolean isMap(Object value) {
        return value instanceof ObjectNode;
    }

    @Override
    public Collection<String> getPropertyKeys(Object object) {
        List<String> keys = new ArrayList<>();
        ((ObjectNode) object).fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** An array's or object's size; a string node's is 0, as a value node's size is in Jackson. */
    @Override
    public int length(Object value) {
        if (isArray(value)) {
            return ((ArrayNode) value).size();
        } else if (isMap(value)) {
            return ((ObjectNode) value).size();
        } else if (value instanceof TextNode text) {
            return text.size();
        }
        throw new JsonPathException("length operation can not applied to "
                + (value == null ? "null" : value.getClass().getName()));
    }

    @Override
    public Iterable<?> toIterable(Object array) {
        ArrayNode nodes = (ArrayNode) array;
        List<Object> values = new ArrayList<>(nodes.size());
        for (JsonNode node : nodes) {
            values.add(unwrap(node));
        }
        return values;
    }

    /** A selected value as a node, as {@code JsonBinding.MAPPER.valueToTree} makes it. */
    static JsonNode node(Object value) {
        if (value == null) {
            return Json.NODES.nullNode();
        } else if (value instanceof String text) {
            return Json.NODES.textNode(text);
        } else if (value instanceof Boolean bool) {
            return Json.NODES.booleanNode(bool);
        } else if (value instanceof Integer number) {
            return Json.NODES.numberNode(number.intValue());
        } else if (value instanceof Long number) {
            return Json.NODES.numberNode(number.longValue());
        } else if (value instanceof BigDecimal number) {
            return Json.NODES.numberNode(number);
        } else if (value instanceof JsonNode node && isParsedKind(node)) {
            return node.deepCopy(); // new containers, as the mapper's conversion makes; value nodes shared
        }
        return JsonBinding.MAPPER.valueToTree(value);
    }

    /** Whether a tree holds only the nodes {@link Json#parse} makes (the mapper copies those unchanged). */
    private static boolean isParsedKind(JsonNode node) {
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (!isParsedKind(child)) {
                    return false;
                }
            }
            return true;
        }
        return node.isTextual() || node.isBoolean() || node.isNull() || node.isInt() || node.isLong()
                || node.isBigInteger() || node.isBigDecimal();
    }

    /** Jayway's Jackson mapping, made on first use: only filters asking for typed values map. */
    private static final class LazyMapping implements MappingProvider {

        @Override
        public <T> T map(Object source, Class<T> type, Configuration configuration) {
            return Mapping.PROVIDER.map(source, type, configuration);
        }

        @Override
        public <T> T map(Object source, TypeRef<T> type, Configuration configuration) {
            return Mapping.PROVIDER.map(source, type, configuration);
        }
    }

    private static final class Mapping {

        static final MappingProvider PROVIDER = new JacksonMappingProvider(JsonBinding.MAPPER);
    }
}
