package dev.stepwise.asl.data.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.DataScope;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionsTest {

    private static final JsonNode INPUT = Json.parse("""
            {"s": "log-2024.txt", "n": 10, "d": 10.0, "big": 12345678901234567890.000000000000000001,
             "t": "2024-01-31T12:00:00Z", "t2": "2024-01-31T13:00:00+01:00", "b": true, "nul": null,
             "arr": [1], "obj": {"k": "v"}, "star": "a*b", "slash": "a\\\\b"}""");
    private static final JsonNode CONTEXT = Json.parse("{\"Execution\": {\"Name\": \"run-1\"}}");

    private static boolean test(String rule) {
        return Conditions.compile(Json.parse(rule)).test(DataScope.of(INPUT, CONTEXT));
    }

    private static boolean test(String variable, String operator, String operand) {
        return test("{\"Variable\": \"" + variable + "\", \"" + operator + "\": " + operand + ", \"Next\": \"X\"}");
    }

    @Nested
    class Strings {

        @ParameterizedTest
        @CsvSource({
            "StringEquals, '\"log-2024.txt\"', true",
            "StringEquals, '\"LOG-2024.txt\"', false",
            "StringLessThan, '\"m\"', true",
            "StringGreaterThan, '\"log\"', true",
            "StringLessThanEquals, '\"log-2024.txt\"', true",
            "StringGreaterThanEquals, '\"log-2024.txu\"', false",
        })
        void compareAgainstConstants(String operator, String operand, boolean expected) {
            assertThat(test("$.s", operator, operand)).isEqualTo(expected);
        }

        @Test
        void typeMismatchIsFalseNotAnError() {
            assertThat(test("$.n", "StringEquals", "\"10\"")).isFalse();
            assertThat(test("$.nul", "StringLessThan", "\"z\"")).isFalse();
        }

        @Test
        void pathVariants() {
            assertThat(test("$.s", "StringEqualsPath", "\"$.s\"")).isTrue();
            assertThat(test("$.s", "StringLessThanPath", "\"$.t\"")).isFalse();
            assertThat(test("$.s", "StringEqualsPath", "\"$.n\"")).isFalse();
            assertThat(test("$$.Execution.Name", "StringEquals", "\"run-1\"")).isTrue();
        }

        @Test
        void matchesWildcardsAndEscapes() {
            assertThat(test("$.s", "StringMatches", "\"log-*.txt\"")).isTrue();
            assertThat(test("$.s", "StringMatches", "\"*\"")).isTrue();
            assertThat(test("$.s", "StringMatches", "\"log-*.csv\"")).isFalse();
            assertThat(test("$.s", "StringMatches", "\"log-....txt\"")).isFalse();
            assertThat(test("$.star", "StringMatches", "\"a\\\\*b\"")).isTrue();
            assertThat(test("$.s", "StringMatches", "\"log\\\\*\"")).isFalse();
            assertThat(test("$.slash", "StringMatches", "\"a\\\\\\\\b\"")).isTrue();
            assertThat(test("$.n", "StringMatches", "\"*\"")).isFalse();
        }
    }

    @Nested
    class Numbers {

        @ParameterizedTest
        @CsvSource({
            "NumericEquals, 10.00, true",
            "NumericEquals, 11, false",
            "NumericLessThan, 10.5, true",
            "NumericGreaterThan, 9.999, true",
            "NumericLessThanEquals, 10, true",
            "NumericGreaterThanEquals, 10.0001, false",
        })
        void compareByValue(String operator, String operand, boolean expected) {
            assertThat(test("$.n", operator, operand)).isEqualTo(expected);
            assertThat(test("$.d", operator, operand)).isEqualTo(expected);
        }

        @Test
        void bigDecimalsKeepEveryDigit() {
            assertThat(test("$.big", "NumericGreaterThan", "12345678901234567890")).isTrue();
            assertThat(test("$.big", "NumericEquals", "12345678901234567890.000000000000000001")).isTrue();
        }

        @Test
        void typeMismatchAndPaths() {
            assertThat(test("$.s", "NumericEquals", "10")).isFalse();
            assertThat(test("$.b", "NumericGreaterThan", "0")).isFalse();
            assertThat(test("$.n", "NumericEqualsPath", "\"$.d\"")).isTrue();
            assertThat(test("$.n", "NumericLessThanPath", "\"$.big\"")).isTrue();
            assertThat(test("$.n", "NumericEqualsPath", "\"$.s\"")).isFalse();
        }
    }

    @Nested
    class BooleansAndTimestamps {

        @Test
        void booleanEquals() {
            assertThat(test("$.b", "BooleanEquals", "true")).isTrue();
            assertThat(test("$.b", "BooleanEquals", "false")).isFalse();
            assertThat(test("$.n", "BooleanEquals", "true")).isFalse();
            assertThat(test("$.b", "BooleanEqualsPath", "\"$.b\"")).isTrue();
        }

        @Test
        void timestampsCompareAsInstants() {
            assertThat(test("$.t", "TimestampEquals", "\"2024-01-31T12:00:00Z\"")).isTrue();
            assertThat(test("$.t", "TimestampEqualsPath", "\"$.t2\"")).isTrue();
            assertThat(test("$.t", "TimestampLessThan", "\"2024-01-31T12:00:00.001Z\"")).isTrue();
            assertThat(test("$.t", "TimestampGreaterThanEquals", "\"2024-01-31T11:00:00-01:00\"")).isTrue();
            assertThat(test("$.t", "TimestampGreaterThan", "\"2024-01-31T12:00:00Z\"")).isFalse();
            assertThat(test("$.t", "TimestampLessThanEquals", "\"2024-01-31T12:00:00Z\"")).isTrue();
            assertThat(test("$.s", "TimestampEquals", "\"2024-01-31T12:00:00Z\"")).isFalse();
        }
    }

    @Nested
    class TypeTests {

        @ParameterizedTest
        @CsvSource({
            "$.nul, IsNull, true", "$.n, IsNull, false",
            "$.n, IsNumeric, true", "$.s, IsNumeric, false",
            "$.s, IsString, true", "$.arr, IsString, false",
            "$.b, IsBoolean, true", "$.s, IsBoolean, false",
            "$.t, IsTimestamp, true", "$.s, IsTimestamp, false",
            "$.obj, IsPresent, true", "$.nul, IsPresent, true", "$.nope, IsPresent, false",
        })
        void testsTheType(String variable, String operator, boolean matches) {
            assertThat(test(variable, operator, "true")).isEqualTo(matches);
            assertThat(test(variable, operator, "false")).isEqualTo(!matches);
        }
    }

    @Nested
    class Composites {

        @Test
        void andOrNotNest() {
            assertThat(test("""
                    {"And": [{"Variable": "$.n", "NumericEquals": 10},
                             {"Or": [{"Variable": "$.s", "StringEquals": "x"},
                                     {"Not": {"Variable": "$.b", "BooleanEquals": false}}]}],
                     "Next": "X"}""")).isTrue();
            assertThat(test("{\"Not\": {\"Variable\": \"$.n\", \"NumericEquals\": 10}, \"Next\": \"X\"}")).isFalse();
        }

        @Test
        void andShortCircuitsBeforeAMissingPath() {
            assertThat(test("""
                    {"And": [{"Variable": "$.nope", "IsPresent": true},
                             {"Variable": "$.nope", "StringEquals": "x"}]}""")).isFalse();
        }
    }

    @Nested
    class MissingPaths {

        private void failsWithInvalidPath(String rule, String path) {
            assertThatThrownBy(() -> test(rule))
                    .isInstanceOfSatisfying(StatesError.class, e -> {
                        assertThat(e.error()).isEqualTo("States.Runtime");
                        assertThat(e.cause()).isEqualTo("Invalid path '" + path
                                + "': The choice state's condition path references an invalid value.");
                    });
        }

        @Test
        void comparingAMissingVariableFailsTheState() {
            failsWithInvalidPath("{\"Variable\": \"$.nope\", \"NumericEquals\": 1}", "$.nope");
            failsWithInvalidPath("{\"Variable\": \"$.obj.x\", \"StringMatches\": \"*\"}", "$.obj.x");
            failsWithInvalidPath("{\"Variable\": \"$.nope\", \"IsNull\": true}", "$.nope");
        }

        @Test
        void aMissingSecondPathFailsTheStateToo() {
            failsWithInvalidPath("{\"Variable\": \"$.n\", \"NumericEqualsPath\": \"$.nope\"}", "$.nope");
        }
    }

    @Nested
    class MalformedRules {

        private void rejects(String rule, String message) {
            assertThatThrownBy(() -> Conditions.compile(Json.parse(rule)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        }

        @Test
        void operatorCount() {
            rejects("{\"Variable\": \"$.n\", \"Next\": \"X\"}", "exactly one operator");
            rejects("{\"Variable\": \"$.n\", \"NumericEquals\": 1, \"IsNull\": true}", "exactly one operator");
            rejects("{\"Variable\": \"$.n\", \"NumericEqual\": 1}", "unknown field 'NumericEqual'");
        }

        @Test
        void operandTypes() {
            rejects("{\"Variable\": \"$.n\", \"NumericEquals\": \"1\"}", "'NumericEquals' must be a number");
            rejects("{\"Variable\": \"$.t\", \"TimestampEquals\": \"2024-01-31\"}", "RFC 3339 timestamp");
            rejects("{\"Variable\": \"$.b\", \"BooleanEquals\": 1}", "must be a boolean");
            rejects("{\"Variable\": \"$.n\", \"IsNull\": \"yes\"}", "must be true or false");
            rejects("{\"Variable\": \"$.n\", \"NumericEqualsPath\": 3}", "must be a path string");
            rejects("{\"Variable\": \"$.s\", \"StringMatches\": \"a\\\\b\"}", "may only escape");
        }

        @Test
        void variablePlacement() {
            rejects("{\"NumericEquals\": 1}", "'Variable' must be a path string, but is missing");
            rejects("{\"Variable\": \"n\", \"NumericEquals\": 1}", "'Variable' is not a valid path");
            rejects("{\"Variable\": \"$.n\", \"Not\": {\"Variable\": \"$.n\", \"IsNull\": true}}", "must not have");
            rejects("{\"And\": []}", "non-empty array");
            rejects("[]", "must be a JSON object");
        }
    }
}
