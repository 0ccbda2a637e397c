package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Sources.compile;
import static dev.stepwise.processor.Sources.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.history.HistoryEvent;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The dynamic form of a state's settings ({@code timeoutSecondsPath}, {@code secondsPath}, {@code maxConcurrencyPath},
 * {@code errorPath}, ...): a path written to the {@code ...Path} field in a JSONPath state, a JSONata expression
 * written to the setting's own field in a JSONata state, which has no {@code ...Path} fields (AWS's state pages; the
 * conformance cases evaluate_jsonata__test_base_task_from_input__HEARTBEAT_SECONDS,
 * scenarios__test_wait_seconds_jsonata, scenarios__test_fail_error_jsonata and others record them on AWS).
 */
class DynamicSettingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:f";

    private static final String JSONATA_SETTINGS = """
            @Workflow(queryLanguage = QueryLanguage.JSONATA)
            public class Sample {
                @Task(resource = "LAMBDA", timeoutSecondsPath = "$states.input.limits.timeout",
                        heartbeatSecondsPath = "{% $states.input.limits.heartbeat %}")
                @Output("$states.input")
                void call() {}

                @Wait(secondsPath = "$states.input.delay")
                void pause() {}

                @Wait(timestampPath = "$states.input.until")
                void until() {}

                @Map(processor = Item.class, items = "$states.input.items", maxConcurrencyPath = "$states.input.width",
                        toleratedFailureCountPath = "$states.input.failures",
                        toleratedFailurePercentagePath = "$states.input.share")
                @Output("$states.input")
                void each() {}

                @Map(processor = Row.class, mode = Map.Mode.DISTRIBUTED)
                @ItemReader(parameters = "{\\"Bucket\\": \\"b\\", \\"Key\\": \\"k\\"}", inputType = ItemReader.InputType.JSON,
                        maxItemsPath = "$states.input.most")
                @ItemBatcher(maxItemsPerBatchPath = "$states.input.batch", maxInputBytesPerBatchPath = "$states.input.bytes")
                @Output("$states.input")
                void rows() {}

                @Fail(errorPath = "$states.input.error", causePath = "'because ' & $states.input.reason")
                void failed() {}

                @Flow
                public static class Item {
                    @Pass void take() {}
                }

                @Flow
                public static class Row {
                    @Pass void read() {}
                }
            }""".replace("LAMBDA", LAMBDA);

    @Test
    void aJsonataStateWritesEachDynamicSettingAsAnExpressionInTheSettingsOwnField() throws IOException {
        JsonNode states = definitionOf(type("Sample", JSONATA_SETTINGS)).get("States");

        assertThat(states.at("/call/TimeoutSeconds").asText()).isEqualTo("{% $states.input.limits.timeout %}");
        assertThat(states.at("/call/HeartbeatSeconds").asText()).isEqualTo("{% $states.input.limits.heartbeat %}");
        assertThat(states.at("/pause/Seconds").asText()).isEqualTo("{% $states.input.delay %}");
        assertThat(states.at("/until/Timestamp").asText()).isEqualTo("{% $states.input.until %}");
        assertThat(states.at("/each/MaxConcurrency").asText()).isEqualTo("{% $states.input.width %}");
        assertThat(states.at("/each/ToleratedFailureCount").asText()).isEqualTo("{% $states.input.failures %}");
        assertThat(states.at("/each/ToleratedFailurePercentage").asText()).isEqualTo("{% $states.input.share %}");
        assertThat(states.at("/rows/ItemReader/ReaderConfig/MaxItems").asText()).isEqualTo("{% $states.input.most %}");
        assertThat(states.at("/rows/ItemBatcher")).isEqualTo(JSON.readTree("""
                {"MaxItemsPerBatch": "{% $states.input.batch %}", "MaxInputBytesPerBatch": "{% $states.input.bytes %}"}"""));
        assertThat(states.at("/failed/Error").asText()).isEqualTo("{% $states.input.error %}");
        assertThat(states.at("/failed/Cause").asText()).isEqualTo("{% 'because ' & $states.input.reason %}");
        // JSONata states have no ...Path fields: AWS refuses them there
        assertThat(states.toString()).doesNotContain("Path\"");
    }

    @Test
    void aJsonPathStateKeepsWritingThePathToTheDotDotDotPathField() throws IOException {
        JsonNode states = definitionOf(type("Sample", """
                @Workflow
                public class Sample {
                    @Task(resource = "LAMBDA", timeoutSecondsPath = "$.limits.timeout")
                    @ResultPath(nullResult = true)
                    void call() {}

                    @Wait(secondsPath = "$.delay")
                    void pause() {}

                    @Fail(errorPath = "$.error", causePath = "States.Format('because {}', $.reason)")
                    void failed() {}
                }""".replace("LAMBDA", LAMBDA))).get("States");

        assertThat(states.at("/call/TimeoutSecondsPath").asText()).isEqualTo("$.limits.timeout");
        assertThat(states.at("/pause/SecondsPath").asText()).isEqualTo("$.delay");
        assertThat(states.at("/failed/ErrorPath").asText()).isEqualTo("$.error");
        assertThat(states.at("/failed/CausePath").asText()).isEqualTo("States.Format('because {}', $.reason)");
    }

    /** What an expression reads of the input is typed as AWS needs it, as the same path in JSONPath is. */
    @Test
    void theInputFieldAnExpressionReadsIsTypedAsTheSettingNeedsIt() throws IOException {
        Compilation compilation = compile(type("Sample", JSONATA_SETTINGS));

        String input = Sources.nestedRecord(compilation, "test.SampleWorkflow", "Input");
        assertThat(input).contains("Integer delay", "String until", "Integer width", "Integer most", "String error");
    }

    @Test
    void anExpressionReadingAFieldTheDeclaredInputLacksIsAnErrorOnItsAttribute() {
        JavaFileObject sample = type("Sample", """
                @Workflow(queryLanguage = QueryLanguage.JSONATA, input = Order.class)
                public class Sample {
                    @Wait(
                        secondsPath = "$states.input.dealy")
                    @End void pause() {}
                }""");

        Compilation compilation = compile(sample, type("Order", "public record Order(int delay) {}"));

        assertThat(compilation).hadErrorContaining("[UnknownField] \"$states.input.dealy\": the workflow input Order"
                + " has no property \"dealy\"; it has delay").inFile(sample).onLineContaining("secondsPath");
    }

    @Test
    void aSyntaxErrorInTheExpressionIsReportedOnItsAttribute() {
        JavaFileObject sample = type("Sample", """
                @Workflow(queryLanguage = QueryLanguage.JSONATA)
                public class Sample {
                    @Fail(error = "Rejected",
                        causePath = "$states.input.reason &")
                    void failed() {}
                }""");

        Compilation compilation = compile(sample);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[JsonataSyntax] cannot parse JSONata").inFile(sample)
                .onLineContaining("causePath");
    }

    /** Run locally, the expressions take their values from the execution input, as on AWS. */
    @Test
    void theLocalRuntimeEvaluatesTheExpressionsAgainstTheStateInput() throws IOException {
        Compilation compilation = compile(type("Sample", """
                @Workflow(queryLanguage = QueryLanguage.JSONATA)
                public class Sample {
                    @Task(resource = "LAMBDA", timeoutSecondsPath = "$states.input.limit")
                    @Output("$states.input")
                    void call() {}

                    @Wait(secondsPath = "$states.input.limit * 2")
                    void pause() {}

                    @Fail(errorPath = "$states.input.error", causePath = "'waited ' & $states.input.limit * 2")
                    void failed() {}
                }""".replace("LAMBDA", LAMBDA)));
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode definition = JSON.readTree(GenerationTest.asl(compilation, "META-INF/stepwise/test.Sample.asl.json"));

        try (LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(LAMBDA, (input, context) -> JSON.readTree("{}")).build()) {
            StateMachine machine = runtime.load("Sample", definition);
            Execution run = runtime.start(machine, JSON.readTree("{\"limit\": 30, \"error\": \"TooSlow\"}")).await();

            assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(run.error()).isEqualTo("TooSlow");
            assertThat(run.cause()).isEqualTo("waited 60");
            List<HistoryEvent> history = run.history();
            assertThat(history.stream().filter(e -> e.type().equals("LambdaFunctionScheduled")).findFirst().orElseThrow()
                    .detail("timeoutInSeconds").asInt()).isEqualTo(30);
            HistoryEvent waited = history.stream().filter(e -> e.type().equals("WaitStateEntered")).findFirst()
                    .orElseThrow();
            HistoryEvent resumed = history.stream().filter(e -> e.type().equals("WaitStateExited")).findFirst()
                    .orElseThrow();
            assertThat(java.time.Duration.between(waited.timestamp(), resumed.timestamp()).toSeconds()).isEqualTo(60);
        }
    }

    private static JsonNode definitionOf(JavaFileObject source) throws IOException {
        Compilation compilation = compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        return JSON.readTree(GenerationTest.asl(compilation, "META-INF/stepwise/test.Sample.asl.json"));
    }
}
