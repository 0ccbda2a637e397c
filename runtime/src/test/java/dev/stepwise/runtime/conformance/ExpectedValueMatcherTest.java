package dev.stepwise.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.data.Json;
import dev.stepwise.runtime.definition.validation.StateMachineType;
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
    void verdictFollowsTheReadmeRule() {
        ConformanceCase c = new ConformanceCase("c", "paths", "execution", true, Json.parse("{}"), Json.parse("{}"),
                Json.parse("{\"status\": \"FAILED\", \"error\": \"States.Runtime\", \"cause\": \"bad <json-input:1>\","
                        + " \"history_types\": [\"ExecutionStarted\", \"ExecutionFailed\"]}"),
                Json.parse("{}"), List.of("<json-input:1>"), "tests/test_paths.py::test");
        CaseVerdict ok = CaseVerdict.judge(c, new CaseOutcome("FAILED", null, "States.Runtime", "bad {\"x\":1}",
                List.of("ExecutionStarted", "ExecutionFailed"), null, null));
        assertThat(ok.passed()).isTrue();
        assertThat(ok.causeMatches()).isTrue();
        assertThat(ok.historyMatches()).isTrue();
        CaseVerdict wrongError = CaseVerdict.judge(c, new CaseOutcome("FAILED", null, "States.TaskFailed", "x",
                List.of("ExecutionStarted"), null, null));
        assertThat(wrongError.passed()).isFalse();
        assertThat(wrongError.mismatch()).contains("States.TaskFailed");
        assertThat(wrongError.historyMatches()).isFalse();
    }

    @Test
    void listedPlainWordPlaceholdersAreWildcardsToo() {
        ExpectedValueMatcher listed = new ExpectedValueMatcher(List.of("111111111111", "snf_role_arn", "start-time"));
        assertThat(listed.matchesText("arn:aws:states:<region>:111111111111:stateMachine:x",
                "arn:aws:states:us-east-1:123456789012:stateMachine:x")).isTrue();
        assertThat(listed.matches(Json.parse("{\"RoleArn\": \"snf_role_arn\", \"StartTime\": \"start-time\"}"),
                Json.parse("{\"RoleArn\": \"arn:aws:iam::1:role/r\", \"StartTime\": \"2024-01-01T00:00:00Z\"}")))
                .isTrue();
        assertThat(listed.matchesText("start-timer", "x")).as("only the whole word").isFalse();
        assertThat(matcher.matchesText("snf_role_arn", "arn:aws:iam::1:role/r")).as("unless listed").isFalse();
    }

    @Test
    void testStateVerdictsCompareNextStateAndInspectionData() {
        ConformanceCase c = new ConformanceCase("t", "test_state:pass", "test_state", true, Json.parse("{}"),
                Json.parse("{}"), Json.parse("{\"status\": \"SUCCEEDED\", \"output\": {}, \"next_state\": \"B\","
                        + " \"inspection_data\": {\"afterInputPath\": \"{}\"}}"), Json.parse("{}"), List.of(), "");
        assertThat(CaseVerdict.judge(c, new CaseOutcome("SUCCEEDED", Json.parse("{}"), null, null, List.of(), "B",
                Json.parse("{\"afterInputPath\": \"{}\"}"))).passed()).isTrue();
        assertThat(CaseVerdict.judge(c, new CaseOutcome("SUCCEEDED", Json.parse("{}"), null, null, List.of(), "C",
                Json.parse("{\"afterInputPath\": \"{}\"}"))).mismatch()).startsWith("next state C");
        assertThat(CaseVerdict.judge(c, new CaseOutcome("SUCCEEDED", Json.parse("{}"), null, null, List.of(), "B",
                Json.parse("{\"afterInputPath\": \"[]\"}"))).mismatch()).startsWith("inspection data");
    }

    @Test
    void expressApiTestsRecordExpressMachines() {
        assertThat(caseFrom("tests/aws/services/stepfunctions/v2/express/test_express_sync.py::T::test").machineType())
                .isEqualTo(StateMachineType.EXPRESS);
        assertThat(caseFrom("tests/aws/services/stepfunctions/v2/test_sfn_api_express.py::T::test").machineType())
                .isEqualTo(StateMachineType.EXPRESS);
        assertThat(caseFrom("tests/v2/evaluate_jsonata/test_base_jsonata_regular_expressions").machineType())
                .isEqualTo(StateMachineType.STANDARD);
    }

    private static ConformanceCase caseFrom(String test) {
        return new ConformanceCase("c", "x", "execution", true, Json.parse("{}"), Json.parse("{}"), Json.parse("{}"),
                Json.parse("{}"), List.of(), test);
    }
}
