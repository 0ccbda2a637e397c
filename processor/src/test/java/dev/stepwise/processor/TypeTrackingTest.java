package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Sources.compile;
import static dev.stepwise.processor.Sources.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The Java type known at each path, as the records and the path checks see it. */
class TypeTrackingTest {

    private static final String LAMBDA = "\"arn:aws:lambda:us-east-1:123456789012:function:f\"";
    private static final String TYPES = """
                public record Order(String id, List<Line> lines, Customer customer) {}
                public record Line(String sku, int quantity) {}
                public record Customer(String name, String email) {}
                public record Receipt(String chargeId, BigDecimal amount) {}
            """;

    @Test
    void theInputRecordHasTheRootFieldsStatesRead() throws IOException {
        Compilation compilation = compile(workflow(TYPES + """
                    @Task(resource = %s) @ResultPath("$.receipt")
                    Receipt charge(@From("$.order") Order order, @From("$.card.token") String token) { return null; }
                    @Choice @When(test = "$.receipt.amount > 100 || $.express == true", next = "done") void route() {}
                    @Wait(secondsPath = "$.delay") void pause() {}
                    @Succeed void done() {}
                """.formatted(LAMBDA)));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Input")).contains(
                "@JsonProperty(\"order\") Sample.Order order", "@JsonProperty(\"card\") JsonNode card",
                "@JsonProperty(\"express\") Boolean express", "@JsonProperty(\"delay\") Integer delay");
        assertThat(record(compilation, "Input")).doesNotContain("receipt");
        assertThat(record(compilation, "Output")).contains("Sample.Receipt receipt");
    }

    @Test
    void nestedPathsAreCheckedThroughRecordComponents() {
        JavaFileObject source = workflow(TYPES + """
                    @Task(resource = %s) @ResultPath("$.charged")
                    String charge(@From("$.order") Order order) { return null; }
                    @Task(resource = %s) @ResultPath("$.mailed")
                    String mail(@From("$.order.customer.emial") String email) { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA, LAMBDA));

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(
                "\"$.order.customer.emial\": Sample.Customer has no property \"emial\"; it has name, email")
                .inFile(source).onLineContaining("emial");
    }

    @Test
    void inputPathIsPrependedToTheStatesOwnPaths() {
        JavaFileObject source = workflow(TYPES + """
                    @Task(resource = %s) @ResultPath("$.receipt") Receipt charge() { return null; }
                    @Task(resource = %s) @InputPath("$.receipt") @ResultPath("$.refund")
                    String refund(@From("$.chargeID") String chargeId) { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA, LAMBDA));

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorContaining("\"$.receipt.chargeID\": Sample.Receipt has no property \"chargeID\";"
                + " it has chargeId, amount").inFile(source).onLineContaining("chargeID");
    }

    @Test
    void resultPathDollarReplacesTheDocumentAndOutputPathNarrowsIt() {
        JavaFileObject source = workflow(TYPES + """
                    @Task(resource = %s) @OutputPath("$.customer") Order load(@From("$.orderId") String id) { return null; }
                    @Task(resource = %s) @ResultPath("$.sent") String mail(@From("$.email") String email) { return null; }
                    @Task(resource = %s) @ResultPath("$.logged") String log(@From("$.orderId") String id) { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA, LAMBDA, LAMBDA));

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("\"$.orderId\": the state input has no property \"orderId\";"
                + " it has name, email, sent").inFile(source).onLineContaining("log(");
    }

    @Test
    void unknownShapesAreNotGuessed() {
        Compilation compilation = compile(workflow("""
                    @Task(resource = %s) com.fasterxml.jackson.databind.JsonNode fetch() { return null; }
                    @Task(resource = %s) @ResultPath("$.x") String use(@From("$.anything.at.all") String value) { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA, LAMBDA)));

        assertThat(compilation).succeededWithoutWarnings();
    }

    private static String record(Compilation compilation, String name) throws IOException {
        return Sources.nestedRecord(compilation, "test.SampleWorkflow", name);
    }
}
