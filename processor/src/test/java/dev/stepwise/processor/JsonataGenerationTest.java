package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Sources.compile;
import static dev.stepwise.processor.Sources.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** JSONata workflows and states, and variables in both query languages, as the processor writes them. */
class JsonataGenerationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAMBDA = "\"arn:aws:lambda:us-east-1:123456789012:function:f\"";

    @Test
    void aJsonataWorkflowUsesArgumentsConditionsOutputAndAssign() throws Exception {
        JsonNode definition = definitionOf(type("Sample", """
                @Workflow(queryLanguage = QueryLanguage.JSONATA)
                public class Sample {
                    @Task(resource = LAMBDA)
                    @Assign(name = "orderId", value = "$states.input.order.id")
                    @ResultPath("$.quote")
                    void price(@From("$states.input.order") Object order, @From("{% $count($states.input.items) %}") int count) {}

                    @Choice
                    @When(test = "$states.input.quote.total > 1000", next = "review")
                    @Default("done")
                    void route() {}

                    @Pass
                    @Output("{ 'id': $orderId, 'review': true }")
                    @Next("done")
                    void review() {}

                    @Succeed void done() {}
                }
                """.replace("LAMBDA", LAMBDA)));

        assertThat(definition.get("QueryLanguage").asText()).isEqualTo("JSONata");
        JsonNode price = definition.at("/States/price");
        assertThat(price.has("QueryLanguage")).as("inherited from the top level").isFalse();
        assertThat(price.get("Arguments")).isEqualTo(JSON.readTree(
                "{\"order\": \"{% $states.input.order %}\", \"count\": \"{% $count($states.input.items) %}\"}"));
        assertThat(price.at("/Assign/orderId").asText()).isEqualTo("{% $states.input.order.id %}");
        assertThat(price.get("Output").asText())
                .isEqualTo("{% $merge([$states.input, {\"quote\": $states.result}]) %}");
        assertThat(price.has("Parameters") || price.has("ResultPath")).isFalse();
        assertThat(definition.at("/States/route/Choices/0")).isEqualTo(JSON.readTree(
                "{\"Condition\": \"{% $states.input.quote.total > 1000 %}\", \"Next\": \"review\"}"));
        assertThat(definition.at("/States/review/Output").asText()).isEqualTo("{% { 'id': $orderId, 'review': true } %}");
        assertValidForAsl(definition);
    }

    @Test
    void aJsonPathWorkflowCanSwitchOneStateToJsonataAndAssignsWithPaths() throws Exception {
        JsonNode definition = definitionOf(type("Sample", """
                @Workflow
                public class Sample {
                    @Pass
                    @Assign(name = "customer", value = "$.customer.name")
                    @Assign(name = "items", value = "States.ArrayLength($.items)")
                    void remember() {}

                    @Pass
                    @Query(QueryLanguage.JSONATA)
                    @Output("{% { 'greeting': 'Hello ' & $customer } %}")
                    @End
                    void greet() {}
                }
                """));

        assertThat(definition.has("QueryLanguage")).isFalse();
        assertThat(definition.at("/States/remember/Assign")).isEqualTo(JSON.readTree(
                "{\"customer.$\": \"$.customer.name\", \"items.$\": \"States.ArrayLength($.items)\"}"));
        assertThat(definition.at("/States/greet/QueryLanguage").asText()).isEqualTo("JSONata");
        assertThat(definition.at("/States/greet/Output").asText()).isEqualTo("{% { 'greeting': 'Hello ' & $customer } %}");
        assertValidForAsl(definition);
    }

    /** Also a parameter named {@code input}, which the generated binding once shadowed with its own. */
    @Test
    void aDiscardedResultKeepsTheInputAsOutput() throws Exception {
        JsonNode definition = definitionOf(type("Sample", """
                @Workflow(queryLanguage = QueryLanguage.JSONATA)
                public class Sample {
                    @Task(resource = LAMBDA)
                    @ResultPath(nullResult = true)
                    @End
                    void notify(@From("$states.input") Object input) {}
                }
                """.replace("LAMBDA", LAMBDA)));

        assertThat(definition.at("/States/notify/Output").asText()).isEqualTo("{% $states.input %}");
    }

    @Test
    void aJsonataWaitTakesItsTimestampFromAnExpression() throws Exception {
        // the one dynamic wait a JSONata state has (no TimestampPath there): it was refused as no RFC 3339 timestamp
        JsonNode definition = definitionOf(type("Sample", """
                @Workflow(queryLanguage = QueryLanguage.JSONATA)
                public class Sample {
                    @Wait(timestamp = "{% $states.input.payDate %}")
                    @End
                    void untilPayday() {}
                }
                """));

        // compiling cleanly means the ASL core's validator, which the processor runs, accepted the expression
        assertThat(definition.at("/States/untilPayday/Timestamp").asText()).isEqualTo("{% $states.input.payDate %}");
    }

    private static JsonNode definitionOf(javax.tools.JavaFileObject source) throws IOException {
        Compilation compilation = compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        return JSON.readTree(GenerationTest.asl(compilation, "META-INF/stepwise/test.Sample.asl.json"));
    }

    private static void assertValidForAsl(JsonNode definition) throws Exception {
        AslValidator.Verdict verdict = AslValidator.validate(JSON.writeValueAsString(definition));
        assertThat(verdict.valid()).as(verdict.output()).isTrue();
    }
}
