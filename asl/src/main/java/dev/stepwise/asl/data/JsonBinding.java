package dev.stepwise.asl.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jackson's databind mapper, configured as {@link Json} reads and writes trees (its factory and limits, its node
 * factory, exact decimals), for what binds Java objects to and from trees: typed inputs, records, JsonPath results.
 *
 * <p>A holder of its own, so that the mapper is built when it is first used, not when {@link Json} is: nothing
 * reads {@code JsonBinding.MAPPER} while parsing and writing trees, so those never build it. Building an
 * {@code ObjectMapper} initialises Jackson's date format, a {@code Calendar} and the locale providers, a tenth of a
 * fresh JVM's run of a short test suite.
 */
public interface JsonBinding {

    /** The databind mapper: reads trees exactly as {@link Json#parse} does, and binds objects. */
    ObjectMapper MAPPER = new ObjectMapper(Json.FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setNodeFactory(Json.NODES);
}
