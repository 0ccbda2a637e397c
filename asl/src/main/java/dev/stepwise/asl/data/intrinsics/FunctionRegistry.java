package dev.stepwise.asl.data.intrinsics;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every intrinsic function by name, gathered from the function families. */
final class FunctionRegistry {

    private static final Map<String, FunctionDefinition> FUNCTIONS = index(Stream.of(
                    ArrayFunctions.definitions(),
                    EncodingFunctions.definitions(),
                    HashFunctions.definitions(),
                    JsonFunctions.definitions(),
                    MathFunctions.definitions(),
                    StringFunctions.definitions(),
                    IdentifierFunctions.definitions())
            .flatMap(List::stream)
            .toList());

    private static final SortedSet<String> NAMES = Collections.unmodifiableSortedSet(new TreeSet<>(FUNCTIONS.keySet()));

    private FunctionRegistry() {
    }

    /** The function called {@code name} (e.g. {@code States.Format}), or {@code null} if there is none. */
    static FunctionDefinition find(String name) {
        return FUNCTIONS.get(name);
    }

    /** The names of all functions, sorted. */
    static SortedSet<String> names() {
        return NAMES;
    }

    private static Map<String, FunctionDefinition> index(List<FunctionDefinition> definitions) {
        Map<String, FunctionDefinition> byName = new HashMap<>();
        for (FunctionDefinition definition : definitions) {
            if (byName.put(definition.name(), definition) != null) {
                throw new IllegalStateException("two intrinsic functions named " + definition.name());
            }
        }
        return Map.copyOf(byName);
    }
}
