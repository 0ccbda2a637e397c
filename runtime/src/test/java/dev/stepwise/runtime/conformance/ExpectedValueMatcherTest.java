package dev.stepwise.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.data.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectedValueMatcherTest {

    private final ExpectedValueMatcher matcher = new ExpectedValueMatcher(true);

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
    void verdictFollowsTheReadmeRule() {
        ConformanceCase c = new ConformanceCase("c", "paths", "execution", true, Json.parse("{}"), Json.parse("{}"),
                Json.parse("{\"status\": \"FAILED\", \"error\": \"States.Runtime\", \"cause\": \"bad <json-input:1>\","
                        + " \"history_types\": [\"ExecutionStarted\", \"ExecutionFailed\"]}"),
                Json.parse("{}"), List.of("<json-input:1>"));
        CaseVerdict ok = CaseVerdict.judge(c, new CaseOutcome("FAILED", null, "States.Runtime", "bad {\"x\":1}",
                List.of("ExecutionStarted", "ExecutionFailed"), null));
        assertThat(ok.passed()).isTrue();
        assertThat(ok.causeMatches()).isTrue();
        assertThat(ok.historyMatches()).isTrue();
        CaseVerdict wrongError = CaseVerdict.judge(c, new CaseOutcome("FAILED", null, "States.TaskFailed", "x",
                List.of("ExecutionStarted"), null));
        assertThat(wrongError.passed()).isFalse();
        assertThat(wrongError.mismatch()).contains("States.TaskFailed");
        assertThat(wrongError.historyMatches()).isFalse();
    }
}
