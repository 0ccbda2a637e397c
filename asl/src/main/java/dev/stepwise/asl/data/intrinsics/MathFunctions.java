package dev.stepwise.asl.data.intrinsics;

import static dev.stepwise.asl.data.intrinsics.ArgType.INTEGER;
import static dev.stepwise.asl.data.intrinsics.ArgType.NUMBER;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/** States.MathRandom and States.MathAdd. */
final class MathFunctions {

    private MathFunctions() {
    }

    static List<FunctionDefinition> definitions() {
        return List.of(
                FunctionDefinition.of(Signature.of("States.MathRandom", INTEGER, INTEGER).withOptional(INTEGER),
                        MathFunctions::random),
                FunctionDefinition.of(Signature.of("States.MathAdd", NUMBER, NUMBER), MathFunctions::add));
    }

    /** A whole number in [start, end); the same seed always gives the same number. */
    private static JsonNode random(JsonNode[] args) {
        long start = Numbers.toLong(args[0]);
        long end = Numbers.toLong(args[1]);
        if (start >= end) {
            throw IntrinsicFailure.of("States.MathRandom", "the start " + args[0] + " must be less than the end "
                    + args[1]);
        }
        long value = args.length > 2
                ? new Random(Numbers.toLong(args[2])).nextLong(start, end)
                : ThreadLocalRandom.current().nextLong(start, end);
        return Json.NODES.numberNode(value);
    }

    /** AWS rounds each operand to a whole number first, so {@code 1.5 + 1.51} is {@code 4}. */
    private static JsonNode add(JsonNode[] args) {
        if (args[0].canConvertToExactIntegral() && args[1].canConvertToExactIntegral()
                && args[0].canConvertToLong() && args[1].canConvertToLong()) {
            // whole numbers need no rounding; BigDecimal arithmetic was most of a Map item's MathAdd (async-profiler)
            long a = args[0].longValue();
            long b = args[1].longValue();
            long sum = a + b;
            if (((a ^ sum) & (b ^ sum)) >= 0) { // no overflow
                return Json.NODES.numberNode(java.math.BigInteger.valueOf(sum));
            }
        }
        return Json.NODES.numberNode(Numbers.roundHalfUp(args[0].decimalValue())
                .add(Numbers.roundHalfUp(args[1].decimalValue()))
                .toBigIntegerExact());
    }
}
