package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Sources.compile;
import static dev.stepwise.processor.Sources.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A catcher's {@code Output} (JSONata) and {@code Assign} (both languages), as AWS's Catch takes them: written into
 * the catcher, checked like a state's own, typed, and run on the local runtime. The recorded AWS executions
 * states_variables__test_catch_error_variable_sampling__TASK_CATCH_ERROR_VARIABLE_SAMPLING and
 * states_variables__test_task_catch_error_with_retry__TASK_CATCH_ERROR_OUTPUT_WITH_RETRY hold what they mean.
 */
class CatcherGenerationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:charge";

    private static final String JSONATA = """
            @Workflow(queryLanguage = QueryLanguage.JSONATA)
            public class Sample {
                @Task(resource = "LAMBDA")
                @Assign(name = "charged", value = "$states.result")
                @Catch(errors = "States.ALL", next = "refund",
                        output = "{% {'order': $states.input.order, 'reason': $states.errorOutput.Cause} %}",
                        assign = {@Assign(name = "failure", value = "{% $states.errorOutput %}"),
                                  @Assign(name = "error", value = "$states.errorOutput.Error")})
                @End
                void charge() {}

                @Pass
                @Output("{ 'failed': $failure.Error, 'error': $error, 'reason': $states.input.reason, 'order': $states.input.order }")
                void refund() {}
            }""".replace("LAMBDA", LAMBDA);

    private static final String JSONPATH = """
            @Workflow
            public class Sample {
                @Task(resource = "LAMBDA")
                @Catch(next = "refund", resultPath = "$.failure",
                        assign = @Assign(name = "reason", value = "$.Cause"))
                @End
                void charge() {}

                @Task(resource = "LAMBDA")
                @ResultPath("$.refunded")
                void refund(@From("$reason") String reason) {}
            }""".replace("LAMBDA", LAMBDA);

    @Test
    void aJsonataCatcherWritesItsOutputAndAssign() throws IOException {
        JsonNode catcher = definitionOf(type("Sample", JSONATA)).at("/States/charge/Catch/0");

        assertThat(catcher).isEqualTo(JSON.readTree("""
                {"ErrorEquals": ["States.ALL"],
                 "Output": "{% {'order': $states.input.order, 'reason': $states.errorOutput.Cause} %}",
                 "Assign": {"failure": "{% $states.errorOutput %}", "error": "{% $states.errorOutput.Error %}"},
                 "Next": "refund"}"""));
    }

    /** AWS's Retry and Catch entries take a Comment (recorded: comments__test_comments_as_per_docs). */
    @Test
    void retriersAndCatchersCarryTheirComments() throws IOException {
        JsonNode state = definitionOf(type("Sample", """
                @Workflow
                public class Sample {
                    @Task(resource = "LAMBDA")
                    @Retry(errors = "Lambda.TooManyRequestsException", comment = "throttled: back off")
                    @Retry(errors = "States.Timeout")
                    @Catch(next = "refund", comment = "anything else refunds")
                    @End
                    void charge() {}

                    @Pass @End void refund() {}
                }""".replace("LAMBDA", LAMBDA))).at("/States/charge");

        assertThat(state.at("/Retry/0/Comment").asText()).isEqualTo("throttled: back off");
        assertThat(state.at("/Retry/1").has("Comment")).isFalse();
        assertThat(state.at("/Catch/0/Comment").asText()).isEqualTo("anything else refunds");
    }

    @Test
    void aJsonPathCatcherWritesItsAssignAsPathsIntoTheErrorOutput() throws IOException {
        JsonNode catcher = definitionOf(type("Sample", JSONPATH)).at("/States/charge/Catch/0");

        assertThat(catcher).isEqualTo(JSON.readTree("""
                {"ErrorEquals": ["States.ALL"], "ResultPath": "$.failure", "Assign": {"reason.$": "$.Cause"},
                 "Next": "refund"}"""));
    }

    /** The error output is {Error, Cause}: a catcher's read of another field cannot find anything. */
    @Test
    void aCatcherAssignReadingAFieldTheErrorOutputLacksIsAnError() {
        JavaFileObject jsonPath = type("Sample", JSONPATH.replace("\"$.Cause\"", "\"$.Message\""));
        JavaFileObject jsonata = type("Sample", JSONATA.replace("$states.errorOutput.Error\"", "$states.errorOutput.Code\""));

        assertThat(compile(jsonPath)).hadErrorContaining("[UnknownField] \"$.Message\": the error output has no"
                + " property \"Message\"; it has Error, Cause").inFile(jsonPath).onLineContaining("assign =");
        assertThat(compile(jsonata)).hadErrorContaining("[UnknownField] \"$states.errorOutput.Code\": the error"
                + " output has no property \"Code\"; it has Error, Cause").inFile(jsonata).onLineContaining("assign =");
    }

    /** A variable only a catcher assigns is assigned: later states read it, and with the catcher's type. */
    @Test
    void aVariableACatcherAssignsIsKnownToLaterStatesWithItsType() {
        JavaFileObject misspelt = type("Sample", JSONATA.replace("$failure.Error", "$failure.Eror"));

        // without the catcher's Assign counted, JSONPATH's read of $reason was an UnknownVariable error
        assertThat(compile(type("Sample", JSONPATH))).succeededWithoutWarnings();
        assertThat(compile(misspelt)).hadErrorContaining("[UnknownField] \"$failure.Eror\": the error output has"
                + " no property \"Eror\"; it has Error, Cause").inFile(misspelt).onLineContaining("$failure.Eror");
    }

    @Test
    void outputInAJsonPathCatcherIsRefusedOnTheAttribute() {
        JavaFileObject source = type("Sample", JSONPATH.replace("resultPath = \"$.failure\",",
                "resultPath = \"$.failure\",\n                output = \"$states.errorOutput\","));

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[JsonataOnly] @Catch output is JSONata only; in a JSONPath state"
                + " the catcher places the error output with resultPath, or add @Query(QueryLanguage.JSONATA)")
                .inFile(source).onLineContaining("output =");
    }

    @Test
    void resultPathInAJsonataCatcherIsRefusedOnTheAttribute() {
        JavaFileObject source = type("Sample", JSONATA.replace("next = \"refund\",",
                "next = \"refund\",\n                        resultPath = \"$.error\","));

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[JsonPathOnly] resultPath is JSONPath only").inFile(source)
                .onLineContaining("resultPath =");
    }

    @Test
    void theCatchersExpressionsAndVariableNamesAreCheckedLikeAStatesOwn() {
        JavaFileObject badOutput = type("Sample", JSONATA.replace("'reason': $states.errorOutput.Cause}",
                "'reason': $states.errorOutput.Cause"));
        JavaFileObject badName = type("Sample", JSONATA.replace("name = \"failure\"", "name = \"1st\""));
        JavaFileObject badPath = type("Sample", JSONPATH.replace("\"$.Cause\"", "\"$.Cause[\""));
        JavaFileObject twice = type("Sample", JSONATA.replace("name = \"error\"", "name = \"failure\""));

        assertThat(compile(badOutput)).hadErrorContaining("[JsonataSyntax]").inFile(badOutput)
                .onLineContaining("output =");
        assertThat(compile(badName)).hadErrorContaining("[InvalidVariableName] variable name \"1st\"")
                .inFile(badName).onLineContaining("assign =");
        assertThat(compile(badPath)).hadErrorContaining("[InvalidPath] \"$.Cause[\"").inFile(badPath)
                .onLineContaining("assign =");
        assertThat(compile(twice)).hadErrorContaining("[DuplicateVariable] variable \"failure\"").inFile(twice)
                .onLineContaining("assign =");
    }

    /** Run locally: the catcher's Assign replaces the state's, its Output is the state's output (AWS's recordings). */
    @Test
    void theLocalRuntimeRunsTheCatchersAsAwsDoes() throws IOException {
        try (LocalRuntime runtime = LocalRuntime.builder()
                .handler(LAMBDA, (input, context) -> {
                    if (input.has("refunded") || input.has("reason")) {
                        return JSON.readTree("\"ok\"");
                    }
                    throw new StatesError("CardDeclined", "insufficient funds");
                }).build()) {
            StateMachine jsonata = runtime.load("Jsonata", definitionOf(type("Sample", JSONATA)));
            Execution caught = runtime.start(jsonata, JSON.readTree("{\"order\": 7}")).await();

            assertThat(caught.output()).isEqualTo(JSON.readTree("""
                    {"failed": "CardDeclined", "error": "CardDeclined", "reason": "insufficient funds", "order": 7}"""));

            StateMachine jsonPath = runtime.load("JsonPath", definitionOf(type("Sample", JSONPATH)));
            Execution refunded = runtime.start(jsonPath, JSON.readTree("{\"order\": 7}")).await();

            assertThat(refunded.output().get("refunded").asText()).isEqualTo("ok");
            assertThat(refunded.history().stream().filter(e -> e.type().equals("LambdaFunctionScheduled"))
                    .map(e -> e.detail("input")).toList().get(1))
                    .isEqualTo(JSON.readTree("{\"reason\": \"insufficient funds\"}"));
        }
    }

    private static JsonNode definitionOf(JavaFileObject source) throws IOException {
        Compilation compilation = compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        return JSON.readTree(GenerationTest.asl(compilation, "META-INF/stepwise/test.Sample.asl.json"));
    }
}
