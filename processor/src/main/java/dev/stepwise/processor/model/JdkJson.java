package dev.stepwise.processor.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What Jackson writes for the JDK's own types, with the modules the generated code registers when on the class path
 * ({@code TaskJson}: jdk8's {@code Optional} as its value or null, jsr310's dates as ISO-8601 text, a
 * {@code Duration} as a number of seconds, Jackson's default for durations). Checked against Jackson 2.23's
 * output for each.
 */
final class JdkJson {

    private static final Map<String, JsonShape.Scalar> SCALARS = scalars();

    /** Collections Jackson writes as arrays of their one type argument. */
    private static final Set<String> COLLECTIONS = Set.of("java.lang.Iterable", "java.util.Collection",
            "java.util.List", "java.util.ArrayList", "java.util.LinkedList", "java.util.Set", "java.util.HashSet",
            "java.util.LinkedHashSet", "java.util.SortedSet", "java.util.NavigableSet", "java.util.TreeSet",
            "java.util.Queue", "java.util.Deque", "java.util.ArrayDeque", "java.util.SequencedCollection",
            "java.util.SequencedSet", "java.util.concurrent.CopyOnWriteArrayList");

    /** Maps Jackson writes as objects of their second type argument, whatever the keys. */
    private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.SortedMap", "java.util.NavigableMap", "java.util.TreeMap", "java.util.SequencedMap",
            "java.util.concurrent.ConcurrentMap", "java.util.concurrent.ConcurrentHashMap", "java.util.EnumMap");

    /** Holders Jackson writes as the value they hold (or null). */
    private static final Set<String> REFERENCES = Set.of("java.util.Optional",
            "java.util.concurrent.atomic.AtomicReference");

    private JdkJson() {
    }

    /**
     * The shape of a JDK class type; {@link JsonShape.Unknown} for one not listed.
     *
     * @param shapes the shape of a type argument, for the value a holder holds
     */
    static JsonShape shapeOf(JavaType.ClassType type, Function<JavaType, JsonShape> shapes) {
        String name = type.qualifiedName();
        JsonShape.Scalar scalar = SCALARS.get(name);
        if (scalar != null) {
            return scalar;
        }
        List<JavaType> arguments = type.typeArguments();
        if (COLLECTIONS.contains(name)) {
            return new JsonShape.ArrayOf(arguments.size() == 1 ? arguments.get(0) : JavaType.JSON);
        } else if (MAPS.contains(name)) {
            return new JsonShape.MapOf(arguments.size() == 2 ? arguments.get(1) : JavaType.JSON);
        } else if (REFERENCES.contains(name) && arguments.size() == 1) {
            return shapes.apply(arguments.get(0));
        }
        return new JsonShape.Unknown();
    }

    /** The shape of a primitive: {@code char} is one character of text. */
    static JsonShape shapeOf(JavaType.PrimitiveType type) {
        return switch (type.keyword()) {
            case "boolean" -> JsonShape.Scalar.BOOLEAN;
            case "char" -> JsonShape.Scalar.TEXT;
            case "void" -> new JsonShape.Unknown();
            default -> JsonShape.Scalar.NUMBER;
        };
    }

    private static Map<String, JsonShape.Scalar> scalars() {
        var scalars = new HashMap<String, JsonShape.Scalar>();
        for (String text : List.of("java.lang.String", "java.lang.CharSequence", "java.lang.Character",
                "java.lang.StringBuilder", "java.util.UUID", "java.net.URI", "java.net.URL", "java.util.Locale",
                "java.util.Currency", "java.util.TimeZone", "java.util.regex.Pattern", "java.io.File",
                "java.nio.file.Path", "java.lang.Class", "java.net.InetAddress", "java.nio.charset.Charset",
                "java.util.Date", "java.util.Calendar", "java.sql.Date", "java.sql.Timestamp", "java.sql.Time",
                "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
                "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.ZonedDateTime", "java.time.Year",
                "java.time.YearMonth",
                "java.time.MonthDay", "java.time.Period", "java.time.ZoneId", "java.time.ZoneOffset")) {
            scalars.put(text, JsonShape.Scalar.TEXT);
        }
        for (String number : List.of("java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
                "java.lang.Float", "java.lang.Double", "java.lang.Number", "java.math.BigInteger",
                "java.math.BigDecimal", "java.util.concurrent.atomic.AtomicInteger",
                "java.util.concurrent.atomic.AtomicLong", "java.util.OptionalInt", "java.util.OptionalLong",
                "java.util.OptionalDouble", "java.time.Duration")) {
            scalars.put(number, JsonShape.Scalar.NUMBER);
        }
        scalars.put("java.lang.Boolean", JsonShape.Scalar.BOOLEAN);
        scalars.put("java.util.concurrent.atomic.AtomicBoolean", JsonShape.Scalar.BOOLEAN);
        return Map.copyOf(scalars);
    }
}
