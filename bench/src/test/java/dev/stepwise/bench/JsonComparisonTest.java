package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.asl.data.Json;
import org.junit.jupiter.api.Test;

class JsonComparisonTest {

    @Test
    void numbersCompareByValueWhateverTheirRepresentation() {
        assertThat(JsonComparison.sameJson(Json.parse("{\"a\":[3, 1.50]}"),
                Json.NODES.objectNode().set("a", Json.NODES.arrayNode().add(3L).add(1.5)))).isTrue();
    }

    @Test
    void differentValuesKeysOrMissingDocumentsDiffer() {
        assertThat(JsonComparison.sameJson(Json.parse("{\"a\":3}"), Json.parse("{\"a\":4}"))).isFalse();
        assertThat(JsonComparison.sameJson(Json.parse("{\"a\":3}"), Json.parse("{\"b\":3}"))).isFalse();
        assertThat(JsonComparison.sameJson(Json.parse("{\"a\":\"3\"}"), Json.parse("{\"a\":3}"))).isFalse();
        assertThat(JsonComparison.sameJson(Json.parse("{}"), null)).isFalse();
    }
}
