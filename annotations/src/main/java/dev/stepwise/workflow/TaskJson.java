package dev.stepwise.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The JSON conversions of generated {@code bind} code: a Task's JSON input to its method's arguments, and its result
 * back to JSON. One shared, small set of signatures instead of Jackson's heavily overloaded generic methods in every
 * generated class: javac resolves each call against two candidates, and every workflow shares one mapper.
 *
 * <p>Decimals stay exact on their way through ({@code 249.00} stays {@code 249.00}), as they do in the runtime.
 * The Jackson modules on the class path are registered (as Jackson's own message for a {@code java.time} value
 * asks: add {@code jackson-datatype-jsr310}), and dates are written as ISO-8601 text, the form of Step Functions'
 * own timestamps and what {@code TimestampEquals} and a Wait's {@code TimestampPath} read; the runtime's
 * {@code JsonBinding.MAPPER} binds the same way.
 */
public final class TaskJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .findAndAddModules()
            .build();

    private TaskJson() {
    }

    /** The whole input as {@code type}. */
    public static <T> T read(String input, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(input, type);
    }

    /** The whole input as a parameterized type. */
    public static <T> T read(String input, TypeReference<T> type) throws JsonProcessingException {
        return MAPPER.readValue(input, type);
    }

    /** One field of the input as {@code type} ({@code null} when the field is absent). */
    public static <T> T field(String input, String name, Class<T> type) throws JsonProcessingException {
        return MAPPER.convertValue(MAPPER.readTree(input).get(name), type);
    }

    /** One field of the input as a parameterized type. */
    public static <T> T field(String input, String name, TypeReference<T> type) throws JsonProcessingException {
        return MAPPER.convertValue(MAPPER.readTree(input).get(name), type);
    }

    /**
     * The {@code Payload} of a {@code lambda:invoke} Task's input, as JSON text ({@code null} when absent): what the
     * Lambda function, and so the bound method, receives.
     */
    public static String payload(String input) throws JsonProcessingException {
        return MAPPER.writeValueAsString(MAPPER.readTree(input).get("Payload"));
    }

    /** A {@code lambda:invoke} method's result wrapped in the Invoke response, as the Task's JSON output. */
    public static String invocation(Object value) throws JsonProcessingException {
        return MAPPER.writeValueAsString(LambdaInvocation.local(value));
    }

    /** A method's result as the Task's JSON output. */
    public static String write(Object value) throws JsonProcessingException {
        return MAPPER.writeValueAsString(value);
    }
}
