package dev.stepwise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.runtime.definition.MachinePlan;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The definitions this process has validated and compiled, shared by its runtimes. A test suite builds a runtime per
 * test and loads the same workflows into each; a plan is immutable, so loading a definition equal to one loaded
 * before takes that plan instead of validating and compiling the definition again (in a fresh JVM, most of a
 * short test's time after class loading).
 *
 * <p>Keyed by the definition tree (a copy, so a caller changing its tree afterwards changes nothing here) or by
 * the text it was read from (loading the same text again needs not even reading it), the machine type and whether
 * it was validated; only runtimes without checks of their own share plans. Bounded: the least recently used plan
 * goes first.
 */
final class CompiledPlans {

    private static final int CAPACITY = 64;

    /**
     * A definition tree or text with its type and whether it was validated. Written out rather than a record: a record's
     * equals and hashCode are bootstrapped through invokedynamic on first use (8% of a short test suite in a fresh
     * JVM), and the tree's deep hash is worked out once per key rather than at every probe.
     */
    private static final class Key {

        private final Object definition;
        private final StateMachineType type;
        private final boolean validated;
        private final int hash;

        Key(Object definition, StateMachineType type, boolean validated) {
            this.definition = definition;
            this.type = type;
            this.validated = validated;
            this.hash = (definition.hashCode() * 31 + type.hashCode()) * 31 + Boolean.hashCode(validated);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && type == key.type && validated == key.validated
                    && definition.equals(key.definition);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final Map<Key, MachinePlan> PLANS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, MachinePlan> eldest) {
            return size() > CAPACITY;
        }
    };

    private CompiledPlans() {
    }

    /** The plan made before for an equal definition, or {@code null}. */
    static synchronized MachinePlan find(JsonNode definition, StateMachineType type, boolean validated) {
        return PLANS.get(new Key(definition, type, validated));
    }

    /** The plan made before for a definition read from the same text, or {@code null}. */
    static synchronized MachinePlan find(String text, StateMachineType type, boolean validated) {
        return PLANS.get(new Key(text, type, validated));
    }

    /** Remembers the plan of a definition that passed validation (when {@code validated}) and compiled. */
    static synchronized void remember(JsonNode definition, StateMachineType type, boolean validated, MachinePlan plan) {
        PLANS.put(new Key(definition.deepCopy(), type, validated), plan);
    }

    /** Remembers the plan of a definition read from this text (its tree is remembered by {@link #remember}). */
    static synchronized void remember(String text, StateMachineType type, boolean validated, MachinePlan plan) {
        PLANS.put(new Key(text, type, validated), plan);
    }
}
