package dev.stepwise.asl.data.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StepFunctionsFunctionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode eval(String expression) {
        return JsonataExpression.compile(expression, "Output").evaluate(JsonataBindings.ofInput(json("{}")));
    }

    private static String failure(String expression) {
        return catchThrowableOfType(QueryEvaluationException.class, () -> eval(expression)).detail();
    }

    // Results recorded on AWS: intrinsic_functions__test_array_partition__*__2.
    @Test
    void partitionSplitsIntoChunksOfTheGivenSize() {
        assertThat(eval("$partition([0], 1)")).isEqualTo(json("[[0]]"));
        assertThat(eval("$partition([0, 1], 1)")).isEqualTo(json("[[0],[1]]"));
        assertThat(eval("$partition([0, 1, 2], 2)")).isEqualTo(json("[[0,1],[2]]"));
        assertThat(eval("$partition([0, 1, 2, 3], 5)")).isEqualTo(json("[[0,1,2,3]]"));
        assertThat(eval("$partition([], 2)")).isEqualTo(json("[]"));
        assertThat(failure("$partition([1], 0)")).contains("must be a positive integer");
        assertThat(failure("$partition([1], 1.5)")).contains("must be an integer");
    }

    // Results recorded on AWS: intrinsic_functions__test_array_range__*__2.
    @Test
    void rangeIncludesTheEndAndASingleValueIsNotAnArray() {
        assertThat(eval("$range(0, 9, 3)")).isEqualTo(json("[0,3,6,9]"));
        assertThat(eval("$range(0, 10, 3)")).isEqualTo(json("[0,3,6,9]"));
        assertThat(eval("$range(1, 9, 2)")).isEqualTo(json("[1,3,5,7,9]"));
        assertThat(eval("$range(1, 9, 9)")).isEqualTo(json("1"));
        assertThat(eval("$range(5, 1, -2)")).isEqualTo(json("[5,3,1]"));
        assertThat(failure("$range(0, 3, 0)")).contains("must not be zero");
    }

    @Test
    void hashSupportsAwsAlgorithms() {
        assertThat(eval("$hash('input data', 'MD5')").textValue()).isEqualTo("812f45842bc6d66ee14572ce20db8e86");
        assertThat(eval("$hash('abc', 'SHA-1')").textValue()).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
        assertThat(eval("$hash('abc', 'SHA-256')").textValue())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(eval("$hash('abc', 'SHA-384')").textValue()).hasSize(96);
        assertThat(eval("$hash('abc', 'SHA-512')").textValue()).hasSize(128);
        assertThat(failure("$hash('abc', 'SHA-3')")).contains("must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512");
    }

    @Test
    void randomIsInTheUnitIntervalAndRepeatableWithASeed() {
        double unseeded = eval("$random()").doubleValue();
        assertThat(unseeded).isGreaterThanOrEqualTo(0).isLessThan(1);
        JsonNode seeded = eval("$random(42)");
        assertThat(seeded.doubleValue()).isGreaterThanOrEqualTo(0).isLessThan(1);
        assertThat(eval("$random(42)")).isEqualTo(seeded);
        assertThat(eval("$random(43)")).isNotEqualTo(seeded);
    }

    @Test
    void uuidIsAVersion4Uuid() {
        String uuid = eval("$uuid()").textValue();
        assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(eval("$uuid()").textValue()).isNotEqualTo(uuid);
    }

    // Results recorded on AWS: intrinsic_functions__test_parse__00..06.
    @Test
    void parseReadsAnyJsonValue() {
        assertThat(eval("$parse('-0')").toString()).isEqualTo("0");
        assertThat(eval("$parse('1')").toString()).isEqualTo("1");
        assertThat(eval("$parse('1.1')").toString()).isEqualTo("1.1");
        assertThat(eval("$parse('true')")).isEqualTo(json("true"));
        assertThat(eval("$parse('\"HelloWorld\"')")).isEqualTo(json("\"HelloWorld\""));
        assertThat(eval("$parse('[1, 2, \"HelloWorld\"]')")).isEqualTo(json("[1,2,\"HelloWorld\"]"));
        assertThat(eval("$parse('{\"Arg1\": 1, \"Arg2\": []}')").toString()).isEqualTo("{\"Arg1\":1,\"Arg2\":[]}");
        assertThat(eval("$parse('{\"a\": 1}').a + 1")).isEqualTo(json("2"));
        assertThat(failure("$parse('{nope')")).contains("not valid JSON");
        assertThat(failure("$parse('1 2')")).contains("not valid JSON: 1 2");
        assertThat(failure("$parse(' ')")).contains("not valid JSON");
    }

    @Test
    void evalIsRefused() {
        assertThat(failure("$eval('1 + 1')")).isEqualTo("The JSONata expression '$eval('1 + 1')' specified for the "
                + "field 'Output' threw an error during evaluation. The $eval function is not supported by AWS Step "
                + "Functions.");
    }

    @Test
    void aWrongArgumentTypeIsASignatureError() {
        assertThat(failure("$hash(1, 'MD5')")).contains("T0410");
    }
}
