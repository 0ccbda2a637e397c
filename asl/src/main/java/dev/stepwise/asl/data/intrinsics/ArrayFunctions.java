package dev.stepwise.asl.data.intrinsics;

import static dev.stepwise.asl.data.intrinsics.ArgType.ANY;
import static dev.stepwise.asl.data.intrinsics.ArgType.ARRAY;
import static dev.stepwise.asl.data.intrinsics.ArgType.INTEGER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.stepwise.asl.data.Json;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique. */
final class ArrayFunctions {

    /** AWS caps the arrays States.ArrayRange may build. */
    static final int MAX_RANGE_ITEMS = 1000;

    private ArrayFunctions() {
    }

    static List<FunctionDefinition> definitions() {
        return List.of(
                FunctionDefinition.of(Signature.of("States.Array").withVariadic(ANY), ArrayFunctions::array),
                FunctionDefinition.of(Signature.of("States.ArrayPartition", ARRAY, INTEGER), ArrayFunctions::partition),
                FunctionDefinition.of(Signature.of("States.ArrayContains", ARRAY, ANY), ArrayFunctions::contains),
                FunctionDefinition.of(Signature.of("States.ArrayRange", INTEGER, INTEGER, INTEGER),
                        ArrayFunctions::range),
                FunctionDefinition.of(Signature.of("States.ArrayGetItem", ARRAY, INTEGER), ArrayFunctions::getItem),
                FunctionDefinition.of(Signature.of("States.ArrayLength", ARRAY),
                        args -> Json.NODES.numberNode(args[0].size())),
                FunctionDefinition.of(Signature.of("States.ArrayUnique", ARRAY), ArrayFunctions::unique));
    }

    private static JsonNode array(JsonNode[] args) {
        ArrayNode out = Json.NODES.arrayNode(args.length);
        for (JsonNode arg : args) {
            out.add(arg);
        }
        return out;
    }

    private static JsonNode partition(JsonNode[] args) {
        JsonNode array = args[0];
        long size = Numbers.toLong(args[1]);
        if (size <= 0) {
            throw IntrinsicFailure.of("States.ArrayPartition", "the chunk size must be a positive integer, but was "
                    + args[1]);
        }
        ArrayNode out = Json.NODES.arrayNode();
        ArrayNode chunk = null;
        for (JsonNode item : array) {
            if (chunk == null || chunk.size() == size) {
                chunk = out.addArray();
            }
            chunk.add(item);
        }
        return out;
    }

    private static JsonNode contains(JsonNode[] args) {
        JsonNode wanted = JsonValues.canonical(args[1]);
        for (JsonNode item : args[0]) {
            if (JsonValues.canonical(item).equals(wanted)) {
                return Json.NODES.booleanNode(true);
            }
        }
        return Json.NODES.booleanNode(false);
    }

    private static JsonNode range(JsonNode[] args) {
        long start = Numbers.toLong(args[0]);
        long end = Numbers.toLong(args[1]);
        long step = Numbers.toLong(args[2]);
        if (step == 0) {
            throw IntrinsicFailure.of("States.ArrayRange", "the step must not be 0");
        }
        long count = itemCount(start, end, step);
        if (count > MAX_RANGE_ITEMS) {
            throw IntrinsicFailure.of("States.ArrayRange", "the range would hold " + count
                    + " items, more than the maximum of " + MAX_RANGE_ITEMS);
        }
        ArrayNode out = Json.NODES.arrayNode((int) count);
        for (long i = 0, value = start; i < count; i++, value += step) {
            out.add(value);
        }
        return out;
    }

    /** start, start + step, ... up to and including end; none when step points away from end. */
    private static long itemCount(long start, long end, long step) {
        try {
            long span = Math.subtractExact(end, start);
            return span == 0 || Long.signum(span) == Long.signum(step) ? span / step + 1 : 0;
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static JsonNode getItem(JsonNode[] args) {
        JsonNode array = args[0];
        long index = Numbers.toLong(args[1]);
        if (index < 0 || index >= array.size()) {
            throw IntrinsicFailure.of("States.ArrayGetItem", "index " + args[1]
                    + " is out of bounds for an array of " + array.size() + " items");
        }
        return array.get((int) index);
    }

    private static JsonNode unique(JsonNode[] args) {
        Set<JsonNode> seen = new HashSet<>();
        ArrayNode out = Json.NODES.arrayNode();
        for (JsonNode item : args[0]) {
            if (seen.add(JsonValues.canonical(item))) {
                out.add(item);
            }
        }
        return out;
    }
}
