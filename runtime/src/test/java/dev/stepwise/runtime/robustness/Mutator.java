package dev.stepwise.runtime.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded mutations of a definition: fields deleted, duplicated under other names or retyped, values swapped,
 * random and extreme values inserted, deep nesting, broken paths and JSONata.
 */
final class Mutator {

    private static final String[] BROKEN_PATHS = {"$.", "$..a", "$[", "$['a", "$.a[?(@.b)]", "$$.Map.Item.Value",
        "$.a.b.c.d", "States.Format(", "States.Array($.a", "States.MathAdd($.a, 'x')", "States.StringToJson($.a)",
        "States.ArrayRange(1, 100000, 1)", "States.Hash($.a, 'MD4')", "$.items[-1]", "$.items[9999999999]", "$",
        "States.JsonToString($)", "States.ArrayPartition($.items, 0)", "States.Base64Decode('@@')", "$.\u0000"};
    private static final String[] BROKEN_JSONATA = {"{% %}", "{% $states.input. %}", "{% (((( %}", "{% $x %}",
        "{% $eval('1') %}", "{% 1/0 %}", "{% $range(1, 1000000000, 1) %}", "{% $pad('x', 1000000000) %}",
        "{% $states.input.a & $states.input.a %}", "{% $number('1e400') %}", "{% [1..100000000] %}",
        "{% $error('boom') %}", "{% $states.context.Execution.Input %}", "{% function($x){$x} %}",
        "{% $parse('[[[[') %}", "{% $join($map([1..100000], function($v){ $pad('', 1000, 'x') })) %}",
        "{% " + "(".repeat(300) + "1" + ")".repeat(300) + " %}", "{% " + "-".repeat(3000) + "1 %}",
        "{% $reduce([1..5000], function($a, $v){ [$a] }, []) %}", "{% $millis() %}"};
    private static final String[] EXTREME_NUMBERS = {"1e400", "-1e400", "-0", "9e15", "1e-400", "99999999",
        "100000000", "-1", "0.5", "1.0", "9223372036854775808", "-9223372036854775809", "4294967296",
        "123456789012345678901234567890"};
    private static final String[] FIELD_NAMES = {"Type", "Next", "End", "Resource", "Parameters", "Arguments",
        "Output", "Assign", "ItemsPath", "Items", "Branches", "Choices", "Default", "Seconds", "SecondsPath",
        "Timestamp", "TimestampPath", "Retry", "Catch", "ResultPath", "InputPath", "OutputPath", "ResultSelector",
        "QueryLanguage", "MaxConcurrency", "ToleratedFailureCount", "ItemProcessor", "ProcessorConfig", "Mode",
        "Error", "Cause", "Condition", "Variable", "StartAt", "States", "TimeoutSeconds", "HeartbeatSeconds",
        "ErrorEquals", "MaxAttempts", "BackoffRate", "IntervalSeconds", "Result", "Comment", "Not", "And", "Or",
        "x.$", "a", ""};
    private static final String[] TYPES = {"Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map",
        "pass", "Nope"};

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** A mutated copy of {@code seed}: mostly one mutation, so that many mutants stay valid, else two or three. */
    JsonNode mutate(JsonNode seed) {
        JsonNode copy = seed.deepCopy();
        int count = random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            copy = mutateOnce(copy);
        }
        return copy;
    }

    private JsonNode mutateOnce(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(7)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(pick(FIELD_NAMES), object.get(name).deepCopy());
                case 2 -> object.set(name, randomValue());
                case 3 -> {
                    JsonNode other = containers.get(random.nextInt(containers.size()));
                    if (other instanceof ObjectNode otherObject && !otherObject.isEmpty() && other != object) {
                        String otherName = otherObject.fieldNames().next();
                        JsonNode swapped = otherObject.get(otherName);
                        otherObject.set(otherName, object.get(name).deepCopy());
                        object.set(name, swapped.deepCopy());
                    }
                }
                case 4 -> object.set(pick(FIELD_NAMES), randomValue());
                case 5 -> object.put(name, breakText(object.get(name)));
                default -> object.put("Type", pick(TYPES));
            }
        } else if (target instanceof ArrayNode array) {
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (!array.isEmpty()) {
                        array.remove(random.nextInt(array.size()));
                    }
                }
                case 1 -> array.add(randomValue());
                default -> {
                    if (!array.isEmpty()) {
                        array.add(array.get(random.nextInt(array.size())).deepCopy());
                    }
                }
            }
        }
        return root;
    }

    private String breakText(JsonNode current) {
        String text = current.isTextual() ? current.textValue() : "";
        if (text.startsWith("{%") || random.nextInt(3) == 0) {
            return pick(BROKEN_JSONATA);
        }
        if (text.startsWith("$") || text.startsWith("States.") || random.nextBoolean()) {
            return pick(BROKEN_PATHS);
        }
        return randomString();
    }

    private JsonNode randomValue() {
        return switch (random.nextInt(9)) {
            case 0 -> Json.NODES.textNode(randomString());
            case 1 -> Json.NODES.numberNode(random.nextInt(2000) - 1000);
            case 2 -> Json.NODES.numberNode(new BigDecimal(pick(EXTREME_NUMBERS)));
            case 3 -> deep(random.nextBoolean() ? 5 + random.nextInt(50) : 990 + random.nextInt(20));
            case 4 -> Json.NODES.booleanNode(random.nextBoolean());
            case 5 -> Json.NODES.nullNode();
            case 6 -> Json.NODES.textNode(pick(BROKEN_PATHS));
            case 7 -> Json.NODES.textNode(pick(BROKEN_JSONATA));
            default -> Json.NODES.objectNode().put(pick(FIELD_NAMES), randomString());
        };
    }

    private JsonNode deep(int levels) {
        boolean arrays = random.nextBoolean();
        JsonNode node = Json.NODES.textNode("leaf");
        for (int i = 0; i < levels; i++) {
            node = arrays ? Json.NODES.arrayNode().add(node) : Json.NODES.objectNode().set("a", node);
        }
        return node;
    }

    private String randomString() {
        int length = random.nextInt(12);
        StringBuilder text = new StringBuilder();
        String alphabet = "abcXYZ$.[]'\"{}%()*:,\\ \u00e9\ud83d\ude00\ud800";
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    collectShallow(field.getValue(), into);
                }
            } else {
                node.forEach(child -> collectShallow(child, into));
            }
        }
    }

    /** Collects children, but does not descend into deep nesting a mutation inserted. */
    private static void collectShallow(JsonNode node, List<JsonNode> into) {
        if (into.size() < 5_000 && depthAtMost(node, 60)) {
            collect(node, into);
        }
    }

    private static boolean depthAtMost(JsonNode node, int levels) {
        if (!node.isContainerNode()) {
            return true;
        }
        if (levels == 0) {
            return false;
        }
        for (JsonNode child : node) {
            if (!depthAtMost(child, levels - 1)) {
                return false;
            }
        }
        return true;
    }
}
