package dev.stepwise.asl.data.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The functions AWS Step Functions adds to JSONata ({@code $partition}, {@code $range}, {@code $hash},
 * {@code $random}, {@code $uuid}, {@code $parse}), its refusal of {@code $eval}, and a per-evaluation clock for
 * {@code $now} and {@code $millis}.
 */
final class StepFunctionsFunctions {

    /** As many items as JSONata's own range operator {@code [a..b]} may allocate (its error D2014). */
    static final long MAX_RANGE_ITEMS = 10_000_000;

    private static final Set<String> HASH_ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    /** A failure inside one of these functions; its message is the whole cause detail. */
    static final class FunctionException extends RuntimeException {
        FunctionException(String message) {
            super(message, null, false, false);
        }
    }

    private StepFunctionsFunctions() {
    }

    /** Adds the AWS functions to a compiled expression's environment; done once per expression. */
    static void register(Jsonata expression) {
        expression.registerFunction("partition", new JFunction((input, args) -> partition(args), "<an:a>"));
        expression.registerFunction("range", new JFunction((input, args) -> range(args), "<nnn:a>"));
        expression.registerFunction("hash", new JFunction((input, args) -> hash(args), "<ss:s>"));
        expression.registerFunction("random", new JFunction((input, args) -> random(args), "<n?:n>"));
        expression.registerFunction("uuid", new JFunction((input, args) -> UUID.randomUUID().toString(), "<:s>"));
        expression.registerFunction("parse", new JFunction((input, args) -> parse(args), "<s:x>"));
        expression.registerFunction("eval", new JFunction((input, args) -> {
            throw new FunctionException("The $eval function is not supported by AWS Step Functions.");
        }, "<sx?:x>"));
    }

    /**
     * Binds {@code $now} and {@code $millis} to one instant for the whole evaluation, as JSONata specifies. (The
     * library keeps its instant per thread, not per evaluation, so its own versions would return a stale time.)
     */
    static void bindClock(Jsonata.Frame frame, long epochMillis) {
        frame.bind("now", new JFunction((input, args) -> Functions.dateTimeFromMillis(epochMillis,
                stringArg(args, 0), stringArg(args, 1)), "<s?s?:s>"));
        frame.bind("millis", new JFunction((input, args) -> epochMillis, "<:n>"));
    }

    private static List<Object> partition(List<?> args) {
        List<?> array = (List<?>) args.get(0);
        long size = wholeNumber(args.get(1), "$partition", "size");
        if (size <= 0) {
            throw new FunctionException("The size argument of $partition must be a positive integer, but was: " + size);
        }
        List<Object> chunks = new ArrayList<>((int) ((array.size() + size - 1) / size));
        for (int from = 0; from < array.size(); from += (int) size) {
            chunks.add(new ArrayList<>(array.subList(from, (int) Math.min(array.size(), from + size))));
        }
        return chunks;
    }

    /**
     * {@code $range(start, end, step)}: from start towards end inclusive. AWS hands back a JSONata sequence, so a
     * range of one number is that number (recorded on AWS: {@code $range(1, 9, 9)} is {@code 1}).
     */
    private static Object range(List<?> args) {
        long start = wholeNumber(args.get(0), "$range", "start");
        long end = wholeNumber(args.get(1), "$range", "end");
        long step = wholeNumber(args.get(2), "$range", "step");
        if (step == 0) {
            throw new FunctionException("The step argument of $range must not be zero.");
        }
        long count = end == start || (end > start) == (step > 0) ? Math.abs((end - start) / step) + 1 : 0;
        if (count > MAX_RANGE_ITEMS) {
            throw new FunctionException("The $range function would return " + count + " items, more than the "
                    + MAX_RANGE_ITEMS + " allowed.");
        }
        List<Object> values = new ArrayList<>((int) count);
        for (long i = 0, value = start; i < count; i++, value += step) {
            values.add(value == (int) value ? (Object) (int) value : (Object) value);
        }
        return values.size() == 1 ? values.get(0) : values;
    }

    private static String hash(List<?> args) {
        String value = (String) args.get(0);
        String algorithm = (String) args.get(1);
        if (!HASH_ALGORITHMS.contains(algorithm)) {
            throw new FunctionException("The algorithm argument of $hash must be one of MD5, SHA-1, SHA-256, "
                    + "SHA-384, SHA-512, but was: " + algorithm);
        }
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM lacks " + algorithm, e);
        }
    }

    /** {@code $random()} or {@code $random(seed)}: the same seed always gives the same number in [0, 1). */
    private static double random(List<?> args) {
        Object seed = args.isEmpty() ? null : args.get(0);
        if (seed == null) {
            return ThreadLocalRandom.current().nextDouble();
        }
        return new Random(((Number) seed).longValue()).nextDouble();
    }

    private static Object parse(List<?> args) {
        String text = (String) args.get(0);
        try {
            return JsonataValues.toJava(Json.parse(text));
        } catch (IllegalArgumentException e) {
            throw new FunctionException("The argument of $parse is not valid JSON: " + text);
        }
    }

    private static long wholeNumber(Object value, String function, String argument) {
        double number = ((Number) value).doubleValue();
        if (number != Math.rint(number) || Math.abs(number) >= 0x1p53) {
            throw new FunctionException("The " + argument + " argument of " + function + " must be an integer, but was: "
                    + value);
        }
        return (long) number;
    }

    private static String stringArg(List<?> args, int index) {
        return args.size() > index && args.get(index) instanceof String text ? text : null;
    }
}
