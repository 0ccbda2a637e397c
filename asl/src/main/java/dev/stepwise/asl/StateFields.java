package dev.stepwise.asl;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which fields each state type accepts, and in which query language: JSONPath states shape data with paths
 * ({@code InputPath}, {@code Parameters}, ...), JSONata states with {@code Arguments} and {@code Output}. The one
 * table of it: the validator reads it, and so does the processor to decide which annotations a state may carry.
 * The bounds of the numeric fields are {@link FieldBound}'s.
 */
public final class StateFields {

    private record Allowed(Set<String> anyLanguage, Set<String> jsonPathOnly, Set<String> jsonataOnly) {
    }

    private static final List<String> BASICS = List.of("Type", "Comment", "QueryLanguage");
    private static final List<String> TRANSITION = List.of("Next", "End");
    private static final List<String> IN_OUT_PATHS = List.of("InputPath", "OutputPath");
    private static final List<String> ERROR_HANDLING = List.of("Retry", "Catch");

    private static final Map<StateType, Allowed> TABLE = new EnumMap<>(StateType.class);

    static {
        TABLE.put(StateType.PASS, allowed(
                of(BASICS, TRANSITION, List.of("Assign")),
                of(IN_OUT_PATHS, List.of("Parameters", "Result", "ResultPath")),
                of(List.of("Output"))));
        TABLE.put(StateType.TASK, allowed(
                of(BASICS, TRANSITION, ERROR_HANDLING, List.of("Assign", "Resource", "Credentials",
                        "TimeoutSeconds", "HeartbeatSeconds")),
                of(IN_OUT_PATHS, List.of("Parameters", "ResultSelector", "ResultPath", "TimeoutSecondsPath",
                        "HeartbeatSecondsPath")),
                of(List.of("Arguments", "Output"))));
        TABLE.put(StateType.CHOICE, allowed(
                of(BASICS, List.of("Assign", "Choices", "Default")),
                of(IN_OUT_PATHS),
                of(List.of("Output"))));
        TABLE.put(StateType.WAIT, allowed(
                of(BASICS, TRANSITION, List.of("Assign", "Seconds", "Timestamp")),
                of(IN_OUT_PATHS, List.of("SecondsPath", "TimestampPath")),
                of(List.of("Output"))));
        TABLE.put(StateType.SUCCEED, allowed(
                of(BASICS),
                of(IN_OUT_PATHS),
                of(List.of("Output"))));
        TABLE.put(StateType.FAIL, allowed(
                of(BASICS, List.of("Error", "Cause")),
                of(List.of("ErrorPath", "CausePath")),
                of()));
        TABLE.put(StateType.PARALLEL, allowed(
                of(BASICS, TRANSITION, ERROR_HANDLING, List.of("Assign", "Branches")),
                of(IN_OUT_PATHS, List.of("Parameters", "ResultSelector", "ResultPath")),
                of(List.of("Arguments", "Output"))));
        TABLE.put(StateType.MAP, allowed(
                of(BASICS, TRANSITION, ERROR_HANDLING, List.of("Assign", "ItemProcessor", "Iterator",
                        "ItemSelector", "ItemReader", "ItemBatcher", "ResultWriter", "Label", "MaxConcurrency",
                        "ToleratedFailurePercentage", "ToleratedFailureCount")),
                of(IN_OUT_PATHS, List.of("ItemsPath", "Parameters", "ResultSelector", "ResultPath",
                        "MaxConcurrencyPath", "ToleratedFailurePercentagePath", "ToleratedFailureCountPath")),
                of(List.of("Items", "Output"))));
    }

    private StateFields() {
    }

    /** Whether {@code type} accepts {@code field} at all, in some query language. */
    public static boolean isKnown(StateType type, String field) {
        Allowed allowed = TABLE.get(type);
        return allowed.anyLanguage.contains(field) || allowed.jsonPathOnly.contains(field)
                || allowed.jsonataOnly.contains(field);
    }

    /** Whether {@code type} accepts {@code field} when its expressions are in {@code language}. */
    public static boolean isAllowed(StateType type, QueryLanguage language, String field) {
        Allowed allowed = TABLE.get(type);
        return allowed.anyLanguage.contains(field)
                || (language == QueryLanguage.JSONPATH ? allowed.jsonPathOnly : allowed.jsonataOnly).contains(field);
    }

    /** The fields {@code type} accepts in {@code language}, for messages. */
    public static Set<String> allowedFields(StateType type, QueryLanguage language) {
        Allowed allowed = TABLE.get(type);
        Set<String> fields = new LinkedHashSet<>(allowed.anyLanguage);
        fields.addAll(language == QueryLanguage.JSONPATH ? allowed.jsonPathOnly : allowed.jsonataOnly);
        return fields;
    }

    private static Allowed allowed(Set<String> anyLanguage, Set<String> jsonPathOnly, Set<String> jsonataOnly) {
        return new Allowed(anyLanguage, jsonPathOnly, jsonataOnly);
    }

    @SafeVarargs
    private static Set<String> of(List<String>... groups) {
        Set<String> fields = new LinkedHashSet<>();
        for (List<String> group : groups) {
            fields.addAll(group);
        }
        return Collections.unmodifiableSet(fields);
    }
}
