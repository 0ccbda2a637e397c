package dev.stepwise.asl.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Jackson's databind mapper, configured as {@link Json} reads and writes trees (its factory and limits, its node
 * factory, exact decimals), for what binds Java objects to and from trees: typed inputs, records, JsonPath results.
 *
 * <p>A holder of its own, so that the mapper is built when it is first used, not when {@link Json} is: nothing
 * reads {@code JsonBinding.MAPPER} while parsing and writing trees, so those never build it. Building an
 * {@code ObjectMapper} initialises Jackson's date format, a {@code Calendar} and the locale providers, a tenth of a
 * fresh JVM's run of a short test suite.
 *
 * <p>User types bind as the generated code's {@code TaskJson} binds them: with the Jackson modules on the class path
 * ({@code jackson-datatype-jsr310} for {@code java.time}, {@code jackson-datatype-jdk8} for {@code Optional}) and
 * dates as ISO-8601 text, the form of Step Functions' own timestamps. {@code JavaValuesBindAlikeTest} holds the two
 * to the same JSON.
 */
public interface JsonBinding {

    /** The databind mapper: reads trees exactly as {@link Json#parse} does, and binds objects. */
    ObjectMapper MAPPER = new ObjectMapper(Json.FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setNodeFactory(Json.NODES)
            .findAndRegisterModules();
}
