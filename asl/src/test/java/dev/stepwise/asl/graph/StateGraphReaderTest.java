package dev.stepwise.asl.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.graph.StateGraph.Arrow;
import dev.stepwise.asl.graph.StateGraph.Box;
import dev.stepwise.asl.graph.StateGraph.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateGraphReaderTest {

    static JsonNode order() throws IOException {
        try (InputStream in = StateGraphReaderTest.class.getResourceAsStream("/graph/order.asl.json")) {
            return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsStatesArrowsAndNestedRegions() throws IOException {
        StateGraph graph = StateGraphReader.read(order());
        List<Box> boxes = graph.machine().boxes();
        assertThat(boxes).extracting(Box::name).containsExactly("validate", "route", "review", "fulfil",
                "Notify customer", "lines", "reject", "done");
        Box validate = boxes.get(0);
        assertThat(validate.start()).isTrue();
        assertThat(validate.detail()).isEqualTo("lambda: validate-order");
        assertThat(validate.retry()).isEqualTo("Retry Lambda.TooManyRequestsException ×6");
        assertThat(boxes).filteredOn(Box::end).extracting(Box::name).containsExactly("reject", "done");

        Box fulfil = boxes.get(3);
        assertThat(fulfil.regions()).extracting(StateGraph.Region::label).containsExactly("Branch 1", "Branch 2");
        assertThat(fulfil.regions().get(1).boxes()).extracting(Box::name).containsExactly("reserve", "reserved");
        assertThat(fulfil.regions().get(1).arrows()).hasSize(1);
        assertThat(boxes.get(5).regions()).singleElement().extracting(StateGraph.Region::label)
                .isEqualTo("Item processor");
        assertThat(boxes.get(5).detail()).isEqualTo("inline");

        List<Arrow> arrows = graph.machine().arrows();
        assertThat(arrows).filteredOn(arrow -> arrow.kind() == Kind.CATCH).extracting(Arrow::label)
                .containsExactly("Catch InvalidOrder", "Catch States.ALL");
        assertThat(arrows).filteredOn(arrow -> arrow.kind() == Kind.CHOICE).extracting(Arrow::label)
                .containsExactly("$.validation.total > 1000 or $.order.priority == \"manual\"");
        assertThat(arrows).filteredOn(arrow -> arrow.kind() == Kind.DEFAULT).extracting(Arrow::to)
                .containsExactly(fulfil.id());
    }

    @Test
    void aLimitOrErrorGivenByAnExpressionOrAPathIsShownAsWritten() {
        // a JSONata "{% %}" MaxConcurrency, a MaxConcurrencyPath or an ErrorPath was left out: the Map looked unlimited
        StateGraph graph = StateGraphReader.read(Json.parse("""
                {"StartAt": "Each", "States": {
                  "Each": {"Type": "Map", "QueryLanguage": "JSONata", "MaxConcurrency": "{% $states.input.most %}",
                    "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "Next": "Paths"},
                  "Paths": {"Type": "Map", "MaxConcurrencyPath": "$.most", "Next": "Stop",
                    "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                      "StartAt": "Q", "States": {"Q": {"Type": "Pass", "End": true}}}},
                  "Stop": {"Type": "Fail", "ErrorPath": "$.failure.Error"}}}"""));
        assertThat(graph.machine().boxes()).extracting(Box::detail).containsExactly(
                "inline, ≤ {% $states.input.most %} at once", "distributed, ≤ $.most at once", "$.failure.Error");
    }

    @Test
    void idsAreUniqueAcrossNestedRegions() throws IOException {
        StateGraph graph = StateGraphReader.read(order());
        List<String> ids = new java.util.ArrayList<>();
        collect(graph.machine(), ids);
        assertThat(ids).hasSize(12).doesNotHaveDuplicates().allMatch(id -> id.matches("s\\d+"));
    }

    private static void collect(StateGraph.Region region, List<String> ids) {
        for (Box box : region.boxes()) {
            ids.add(box.id());
            box.regions().forEach(nested -> collect(nested, ids));
        }
    }

    @Test
    void saysChoiceRulesOfEveryKindAndJsonataConditions() {
        JsonNode definition = Json.parse("""
                {"StartAt": "c", "States": {"c": {"Type": "Choice", "Choices": [
                  {"Not": {"Variable": "$.a", "IsPresent": true}, "Next": "x"},
                  {"And": [{"Variable": "$.n", "NumericLessThanEqualsPath": "$.max"},
                           {"Or": [{"Variable": "$.s", "StringMatches": "a*"}, {"Variable": "$.b", "BooleanEquals": false}]}],
                   "Next": "x"},
                  {"Condition": "{% $states.input.total > 10 %}", "Next": "x"},
                  {"Next": "x"}],
                  "Default": "y"},
                  "x": {"Type": "Succeed"}, "y": {"Type": "Fail"}}}""");
        assertThat(StateGraphReader.read(definition).machine().arrows()).extracting(Arrow::label).containsExactly(
                "not $.a is present",
                "$.n <= $.max and ($.s matches \"a*\" or $.b == false)",
                "$states.input.total > 10",
                "Rule 4",
                "Default");
    }

    @Test
    void drawsWhatTheValidatorWouldRejectWithoutThrowing() {
        for (String text : List.of("{}", "[]", "{\"States\": 3}", "{\"StartAt\": \"a\", \"States\": {\"a\": 1}}",
                "{\"StartAt\": \"a\", \"States\": {\"a\": {\"Type\": \"Pass\", \"Next\": \"nowhere\"}}}",
                "{\"StartAt\": \"p\", \"States\": {\"p\": {\"Type\": \"Parallel\", \"Branches\": [1, {}], \"End\": true}}}",
                "{\"StartAt\": \"m\", \"States\": {\"m\": {\"Type\": \"Map\", \"Iterator\": \"x\", \"Retry\": [{}]}}}")) {
            StateGraph graph = StateGraphReader.read(Json.parse(text));
            for (GraphFormat format : GraphFormat.values()) {
                assertThat(format.render(graph)).as(format + " of " + text).isNotBlank();
            }
        }
        StateGraph dangling = StateGraphReader.read(Json.parse(
                "{\"StartAt\": \"a\", \"States\": {\"a\": {\"Type\": \"Pass\", \"Next\": \"nowhere\"}}}"));
        assertThat(dangling.machine().arrows()).isEmpty();
    }

    @Test
    void oneStateAsTestStateTakesItIsAMachineOfThatState() {
        StateGraph graph = StateGraphReader.read(Json.parse("{\"Type\": \"Task\", \"Resource\": "
                + "\"arn:aws:states:::lambda:invoke\", \"End\": true}"));
        assertThat(graph.machine().boxes()).singleElement().satisfies(box -> {
            assertThat(box.start()).isTrue();
            assertThat(box.detail()).isEqualTo("lambda:invoke");
        });
    }
}
