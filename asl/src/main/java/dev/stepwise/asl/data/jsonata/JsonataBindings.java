package dev.stepwise.asl.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What a JSONata expression can see while a state runs: {@code $states} (with {@code input}, {@code result},
 * {@code errorOutput} and {@code context} where the state has them) and the workflow variables as {@code $name}.
 *
 * <p>Build one per state evaluation and share it between that state's expressions: each value is converted to the
 * library's form at most once, and only when an expression refers to it. Not thread-safe; do not mutate the trees
 * given to it while it is in use.
 */
public final class JsonataBindings {

    static final String STATES = "states";

    private final JsonNode input;
    private final JsonNode result;
    private final JsonNode errorOutput;
    private final JsonNode context;
    private final Function<String, JsonNode> variables;
    private final LongSupplier clock;
    private final Map<String, Object> converted = new HashMap<>();

    private JsonataBindings(Builder builder) {
        this.input = builder.input;
        this.result = builder.result;
        this.errorOutput = builder.errorOutput;
        this.context = builder.context;
        this.variables = builder.variables;
        this.clock = builder.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Bindings with only {@code $states.input}: enough for most single-field evaluations and tests. */
    public static JsonataBindings ofInput(JsonNode input) {
        return builder().input(input).build();
    }

    /**
     * The library value bound to {@code $name}, or {@code null} when nothing is bound to it (so the name falls
     * through to a built-in function or is undefined).
     */
    Object lookup(String name) {
        Object value = converted.get(name);
        if (value == null && !converted.containsKey(name)) {
            value = convert(name);
            converted.put(name, value);
        }
        return value;
    }

    /** The instant {@code $now()} and {@code $millis()} return, in epoch milliseconds. */
    long nowMillis() {
        return clock.getAsLong();
    }

    boolean isBound(String name) {
        return STATES.equals(name) || variables.apply(name) != null;
    }

    private Object convert(String name) {
        if (STATES.equals(name)) {
            return statesObject();
        }
        return JsonataValues.toJava(variables.apply(name));
    }

    private Map<String, Object> statesObject() {
        Map<String, Object> states = new LinkedHashMap<>(8);
        putIfPresent(states, "input", input);
        putIfPresent(states, "result", result);
        putIfPresent(states, "errorOutput", errorOutput);
        putIfPresent(states, "context", context);
        return states;
    }

    private static void putIfPresent(Map<String, Object> states, String key, JsonNode value) {
        if (value != null) {
            states.put(key, JsonataValues.toJava(value));
        }
    }

    /** Collects the values of a state's {@code $states} and its variables; every part is optional. */
    public static final class Builder {
        private JsonNode input;
        private JsonNode result;
        private JsonNode errorOutput;
        private JsonNode context;
        private Function<String, JsonNode> variables = name -> null;
        private LongSupplier clock = System::currentTimeMillis;

        private Builder() {
        }

        /** {@code $states.input}: the state's input. */
        public Builder input(JsonNode input) {
            this.input = input;
            return this;
        }

        /** {@code $states.result}: the task, Parallel or Map result (in {@code Output} and {@code Assign}). */
        public Builder result(JsonNode result) {
            this.result = result;
            return this;
        }

        /** {@code $states.errorOutput}: the error output, inside a Catch. */
        public Builder errorOutput(JsonNode errorOutput) {
            this.errorOutput = errorOutput;
            return this;
        }

        /** {@code $states.context}: the context object. */
        public Builder context(JsonNode context) {
            this.context = context;
            return this;
        }

        /** The workflow variables visible to the state, by name without the {@code $}. Not copied. */
        public Builder variables(Map<String, JsonNode> variables) {
            return variables(variables == null ? name -> null : variables::get);
        }

        /**
         * The workflow variables visible to the state, looked up by name without the {@code $}; the lookup returns
         * {@code null} for a name that is not a variable. Lets nested scopes resolve names without merging maps.
         */
        public Builder variables(Function<String, JsonNode> lookup) {
            this.variables = lookup;
            return this;
        }

        /**
         * The execution's clock, in epoch milliseconds, for {@code $now()} and {@code $millis()} (default: the
         * system clock). On AWS they read the time the state is evaluated, the time its history events show; a
         * runtime on a virtual clock passes that clock here.
         */
        public Builder clock(LongSupplier epochMillis) {
            this.clock = epochMillis;
            return this;
        }

        public JsonataBindings build() {
            return new JsonataBindings(this);
        }
    }
}
