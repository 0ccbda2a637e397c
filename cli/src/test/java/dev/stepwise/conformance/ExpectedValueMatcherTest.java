package dev.stepwise.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.asl.data.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedValueMatcherTest {

    private final ExpectedValueMatcher matcher = new ExpectedValueMatcher(List.of("date"));

    @Test
    void comparesNumbersNumerically() {
        assertThat(matcher.matches(Json.parse("{\"a\": 1}"), Json.parse("{\"a\": 1.0}"))).isTrue();
        assertThat(matcher.matches(Json.parse("{\"a\": 1}"), Json.parse("{\"a\": 2}"))).isFalse();
    }

    @Test
    void placeholdersStandForVolatileValues() {
        assertThat(matcher.matches(Json.parse("{\"id\": \"<uuid:1>\", \"at\": \"date\"}"),
                Json.parse("{\"id\": \"9b2f...\", \"at\": \"2026-11-25T10:00:00Z\"}"))).isTrue();
        assertThat(matcher.matchesText("arn:<partition>:states:<region>:111111111111:stateMachine:<ArnPart_0idx>",
                "arn:aws:states:us-east-1:111111111111:stateMachine:demo")).isTrue();
        assertThat(matcher.matchesText("arn:<partition>:states:<region>:111111111111:stateMachine:x",
                "arn:aws:states:us-east-1:222222222222:stateMachine:x")).isFalse();
    }

    @Test
    void structureMustMatch() {
        assertThat(matcher.matches(Json.parse("{\"a\": [1, 2]}"), Json.parse("{\"a\": [1, 2], \"b\": 0}"))).isFalse();
        assertThat(matcher.matches(Json.parse("[1, 2]"), Json.parse("[2, 1]"))).isFalse();
        assertThat(matcher.matches(Json.parse("\"1\""), Json.parse("1"))).isFalse();
    }

    @Test
    void listedPlainWordPlaceholdersAreWildcardsToo() {
        ExpectedValueMatcher listed = new ExpectedValueMatcher(List.of("111111111111", "snf_role_arn", "start-time"));
        assertThat(listed.matchesText("arn:aws:states:<region>:111111111111:stateMachine:x",
                "arn:aws:states:us-east-1:123456789012:stateMachine:x")).isTrue();
        assertThat(listed.matches(Json.parse("{\"RoleArn\": \"snf_role_arn\", \"StartTime\": \"start-time\"}"),
                Json.parse("{\"RoleArn\": \"arn:aws:iam::1:role/r\", \"StartTime\": \"2024-01-01T00:00:00Z\"}")))
                .isTrue();
        assertThat(listed.matchesText("start-timer", "2024-01-01r")).as("only the whole word").isFalse();
        assertThat(matcher.matchesText("snf_role_arn", "arn:aws:iam::1:role/r")).as("unless listed").isFalse();
    }
}
