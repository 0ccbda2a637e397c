package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteRunTest {

    /** A Task retried once on Busy, then its result placed at $.charge; a Catch turns Declined into a Fail. */
    private static final String DEFINITION = """
            {"StartAt": "charge", "States": {
              "charge": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:charge",
                "ResultPath": "$.charge", "Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 30}],
                "Catch": [{"ErrorEquals": ["Declined"], "Next": "declined"}], "End": true},
              "declined": {"Type": "Fail", "Error": "PaymentDeclined", "Cause": "no"}}}""";

    @TempDir
    Path definitions;

    private String run(String testCase) throws IOException {
        Files.writeString(definitions.resolve("Pay.asl.json"), DEFINITION);
        return SuiteRun.run(Json.parse(testCase), definitions);
    }

    @Test
    void aCaseWhoseAssertionsHoldPasses() throws IOException {
        assertThat(run("""
                {"workflow": "Pay", "input": {"id": "p-1"},
                 "mocks": {"charge": [{"error": "Busy", "cause": "later"}, {"select": "id"}]},
                 "expect": {"status": "SUCCEEDED", "output": {"id": "p-1", "charge": "p-1"},
                            "fields": {"charge": "p-1"}}}""")).isNull();
        assertThat(run("""
                {"workflow": "Pay", "input": {}, "mocks": {"charge": [{"error": "Declined", "cause": "card"}]},
                 "expect": {"status": "FAILED", "error": "PaymentDeclined", "cause": "no"}}""")).isNull();
    }

    @Test
    void eachAssertionCanFail() throws IOException {
        String mocks = "\"mocks\": {\"charge\": [{\"result\": {\"ok\": true, \"lines\": [1, 2]}}]}";
        assertThat(run("{\"workflow\": \"Pay\", \"input\": {}, " + mocks + ", \"expect\": {\"status\": \"FAILED\"}}"))
                .startsWith("status SUCCEEDED");
        assertThat(run("{\"workflow\": \"Pay\", \"input\": {}, " + mocks
                + ", \"expect\": {\"status\": \"SUCCEEDED\", \"output\": {\"charge\": {\"ok\": false}}}}"))
                .startsWith("output {\"charge\":{\"ok\":true");
        assertThat(run("{\"workflow\": \"Pay\", \"input\": {}, " + mocks
                + ", \"expect\": {\"status\": \"SUCCEEDED\", \"fields\": {\"charge.lines.1\": 3}}}"))
                .isEqualTo("charge.lines.1 is 2, expected 3");
        assertThat(run("""
                {"workflow": "Pay", "input": {}, "mocks": {"charge": [{"error": "Declined", "cause": "card"}]},
                 "expect": {"status": "FAILED", "error": "Declined"}}""")).isEqualTo(
                "error PaymentDeclined, expected Declined");
    }

    @Test
    void dottedPathsReadFieldsAndArrayIndexes() {
        JsonNode output = Json.parse("{\"a\": [{\"b\": 1}, {\"b\": 2}]}");
        assertThat(SuiteRun.at(output, "a.1.b").asInt()).isEqualTo(2);
        assertThat(SuiteRun.at(output, "a.5.b")).isNull();
        assertThat(SuiteRun.at(output, "x.y")).isNull();
    }
}
