package dev.stepwise.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.clock.Clocks;
import org.junit.jupiter.api.Test;

/** Paths AWS reads in ways a quick reading of JSONPath would not: escaped quoted names, bare words in filters. */
class PathEdgeCasesTest {

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

    private Execution run(String definition, String input) {
        return runtime.start(runtime.load(Json.parse(definition)), Json.parse(input)).await();
    }

    @Test
    void quotedNamesWithEscapesAreReadAndWritten() {
        Execution ex = run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass",
                  "Parameters": {"greeting.$": "$['say \\\\\\\"hi\\\\\\\"']", "path.$": "$['a\\\\\\\\b']"},
                  "ResultPath": "$['it\\\\'s']", "End": true}}}""",
                """
                {"say \\"hi\\"": "hello", "a\\\\b": "slash"}""");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ex.output()).isEqualTo(Json.parse("""
                {"say \\"hi\\"": "hello", "a\\\\b": "slash", "it's": {"greeting": "hello", "path": "slash"}}"""));
    }

    @Test
    void aFilterWithABareWordFailsTheStateWhenItRuns() {
        Execution ex = run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass",
                  "Parameters": {"es.$": "$.t[?(@.TargetLanguageCode==es)]"}, "End": true}}}""",
                """
                {"t": [{"TargetLanguageCode": "es"}]}""");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ex.error()).isEqualTo("States.Runtime");
        assertThat(ex.cause()).contains("Invalid path '$.t[?(@.TargetLanguageCode==es)]' : ");
    }

    @Test
    void aMapWhoseItemsPathHasABareWordFailsUncaught() {
        Execution ex = run("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$[?(@.TargetLanguageCode==es)]",
                  "ItemProcessor": {"StartAt": "X", "States": {"X": {"Type": "Succeed"}}},
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
                  "Caught": {"Type": "Succeed"}}}""",
                """
                [{"TargetLanguageCode": "es"}]""");
        assertThat(ex.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(ex.error()).isEqualTo("States.Runtime");
        assertThat(ex.cause()).contains("Invalid path '$[?(@.TargetLanguageCode==es)]'");
    }
}
