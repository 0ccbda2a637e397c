package dev.stepwise.runtime.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Runs every recorded execution made only of JSONata Pass states through this layer and compares the final output
 * with what AWS returned (numbers compared by value, as the corpus asks).
 */
class RecordedPassChainsTest {

    @TestFactory
    Stream<DynamicTest> outputsMatchTheRecordedOnes() {
        assumeThat(RecordedCases.available()).as("conformance corpus at " + RecordedCases.DIRECTORY).isTrue();
        Map<String, JsonNode> cases = RecordedCases.matching(recorded ->
                "execution".equals(recorded.path("kind").asText())
                        && "SUCCEEDED".equals(recorded.path("expected").path("status").asText())
                        && RecordedCases.isJsonataPassChain(recorded.path("definition"))
                        && !recorded.path("definition").toString().contains("$states.context"));
        assertThat(cases).as("recorded JSONata Pass chains").isNotEmpty();
        return cases.entrySet().stream().map(recorded -> DynamicTest.dynamicTest(recorded.getKey(), () -> {
            JsonNode output = RecordedCases.runPassStates(recorded.getValue().get("definition"),
                    recorded.getValue().get("input"), null).input();
            JsonNode expected = recorded.getValue().get("expected").get("output");
            assertThat(output.equals(RecordedPassChainsTest::compareNumbersByValue, expected))
                    .as("output %s, AWS %s", output, expected).isTrue();
        }));
    }

    private static int compareNumbersByValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    }
}
