package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Sources.compile;
import static dev.stepwise.processor.Sources.type;
import static dev.stepwise.processor.Sources.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
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

    @Test
    void aBranchReadsTheParallelsInputAndWhatItReadsJoinsTheInputRecord() throws IOException {
        JavaFileObject branch = type("Charge", """
                @Flow
                public class Charge {
                    @Task(resource = %s) @ResultPath("$.charged")
                    String charge(@From("$.order.customer.email") String email, @From("$.coupon") String coupon) {
                        return null;
                    }
                    @Choice @When(test = "$.express == true", next = "done") void route() {}
                    @Succeed void done() {}
                }
                """.formatted(LAMBDA));
        Compilation compilation = compile(workflow(TYPES + """
                    @Task(resource = %s) @ResultPath("$.order") Order load(@From("$.orderId") String id) { return null; }
                    @Parallel(branches = Charge.class) @ResultPath("$.fulfilment") void fulfil() {}
                    @Succeed void finished() {}
                """.formatted(LAMBDA)), branch);

        assertThat(compilation).succeededWithoutWarnings();
        String input = record(compilation, "Input");
        assertThat(input).contains("@JsonProperty(\"orderId\") String orderId",
                "@JsonProperty(\"coupon\") String coupon", "@JsonProperty(\"express\") Boolean express");
        assertThat(input).doesNotContain("order\")", "charged");
        assertThat(record(compilation, "Output")).contains("List<JsonNode> fulfilment",
                "@JsonProperty(\"coupon\") String coupon");
    }

    @Test
    void anUnknownFieldInsideABranchIsReportedOnTheBranchsState() {
        JavaFileObject branch = type("Refund", """
                @Flow
                public class Refund {
                    @Task(resource = %s)
                    String refund(@From("$.chargeID") String chargeId) { return null; }
                }
                """.formatted(LAMBDA));
        Compilation compilation = compile(workflow(TYPES + """
                    @Task(resource = %s) Receipt charge(@From("$.order") Order order) { return null; }
                    @Parallel(branches = Refund.class) @ResultPath("$.refunds") void refundAll() {}
                    @Succeed void done() {}
                """.formatted(LAMBDA)), branch);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("\"$.chargeID\": the state input has no property \"chargeID\";"
                + " it has chargeId, amount").inFile(branch).onLineContaining("chargeID");
    }

    @Test
    void parallelParametersAreTheBranchInput() {
        JavaFileObject branch = type("Bill", """
                @Flow
                public class Bill {
                    @Task(resource = %s)
                    String bill(@From("$.total") BigDecimal total, @From("$.order.id") String id) { return null; }
                }
                """.formatted(LAMBDA));
        JavaFileObject source = workflow(TYPES + """
                    @Task(resource = %s) Receipt charge(@From("$.order") Order order) { return null; }
                    @Parallel(branches = Bill.class)
                    @Parameters("{\\"total.$\\": \\"$.amount\\", \\"currency\\": \\"EUR\\", \\"at.$\\": \\"$.chargedAt\\","
                            + " \\"ref\\": {\\"id.$\\": \\"$.chargeID\\"}}")
                    void billAll() {}
                    @Succeed void done() {}
                """.formatted(LAMBDA));

        Compilation compilation = compile(source, branch);

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("\"$.chargedAt\": the state input has no property \"chargedAt\";"
                + " it has chargeId, amount").inFile(source).onLineContaining("@Parameters");
        assertThat(compilation).hadErrorContaining("\"$.chargeID\": the state input has no property \"chargeID\";"
                + " it has chargeId, amount").inFile(source).onLineContaining("@Parameters");
        assertThat(compilation).hadErrorContaining("\"$.order.id\": the state input has no property \"order\";"
                + " it has total, currency, at, ref").inFile(branch).onLineContaining("$.order.id");
    }

    @Test
    void aMapProcessorReadsItemsOfTheArraysElementType() {
        JavaFileObject processor = type("Ship", """
                @Flow
                public class Ship {
                    @Task(resource = %s)
                    String ship(@From("$.sku") String sku, @From("$.qty") int quantity) { return null; }
                }
                """.formatted(LAMBDA));
        Compilation compilation = compile(workflow(TYPES + """
                    @Task(resource = %s) @ResultPath("$.checked") String check(@From("$.order") Order order) { return null; }
                    @Map(items = "$.order.lines", processor = Ship.class) @ResultPath("$.shipped") void shipAll() {}
                    @Succeed void done() {}
                """.formatted(LAMBDA)), processor);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("\"$.qty\": the state input has no property \"qty\";"
                + " it has sku, quantity").inFile(processor).onLineContaining("$.qty");
    }

    @Test
    void anItemSelectorShapesTheProcessorInputAndItsItemPathsAreChecked() {
        JavaFileObject processor = type("Pack", """
                @Flow
                public class Pack {
                    @Task(resource = %s)
                    String pack(@From("$.line.quantity") int quantity, @From("$.position") int position,
                                @From("$.customer.name") String name, @From("$.lines") String lines) {
                        return null;
                    }
                }
                """.formatted(LAMBDA));
        JavaFileObject source = workflow(TYPES + """
                    @Task(resource = %s) Order load(@From("$.orderId") String id) { return null; }
                    @Map(items = "$.lines", processor = Pack.class, itemSelector = "{\\"line.$\\": \\"$$.Map.Item.Value\\","
                            + " \\"position.$\\": \\"$$.Map.Item.Index\\", \\"customer.$\\": \\"$.customer\\","
                            + " \\"size.$\\": \\"$$.Map.Item.Value.size\\"}")
                    void packAll() {}
                    @Succeed void done() {}
                """.formatted(LAMBDA));

        Compilation compilation = compile(source, processor);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("\"$$.Map.Item.Value.size\": Sample.Line has no property \"size\";"
                + " it has sku, quantity").inFile(source).onLineContaining("@Map");
        assertThat(compilation).hadErrorContaining("\"$.lines\": the state input has no property \"lines\";"
                + " it has line, position, customer, size").inFile(processor).onLineContaining("$.lines");
    }

    @Test
    void itemsOfAnUntypedArrayAreNotGuessed() {
        JavaFileObject processor = type("Touch", """
                @Flow
                public class Touch {
                    @Task(resource = %s)
                    String touch(@From("$.anything.at.all") String value) { return null; }
                }
                """.formatted(LAMBDA));
        JavaFileObject peek = type("Peek", """
                @Flow
                public class Peek {
                    @Task(resource = %s)
                    String peek(@From("$.v.deep.er") String value) { return null; }
                }
                """.formatted(LAMBDA));
        Compilation compilation = compile(workflow(TYPES + """
                    @Task(resource = %s) Order load(@From("$.orderId") String id) { return null; }
                    @Map(items = "$.customer", processor = Touch.class) void each() {}
                    @Map(processor = TouchAll.class) void whole() {}
                    @Map(items = "$.id", processor = Peek.class, itemSelector = "{\\"v.$\\": \\"$$.Map.Item.Value.x\\"}")
                    void selected() {}
                    @Succeed void done() {}
                """.formatted(LAMBDA)), processor, peek, type("TouchAll", """
                @Flow
                public class TouchAll {
                    @Task(resource = %s)
                    String touchAll(@From("$.anything.at.all") String value) { return null; }
                }
                """.formatted(LAMBDA)));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aCatchersErrorOutputIsKnownAtItsTargetAndDownstream() throws IOException {
        Compilation compilation = compile(workflow(TYPES + """
                    @Task(resource = %s) @Catch(next = "recover", resultPath = "$.error")
                    Receipt charge(@From("$.order") Order order) { return null; }
                    @Task(resource = %s) @ResultPath("$.logged") String log(@From("$.chargeId") String id) { return null; }
                    @Succeed void done() {}
                    @Task(resource = %s) @ResultPath("$.notified")
                    String recover(@From("$.error.Cause") String cause, @From("$.order.id") String id) { return null; }
                    @Fail(errorPath = "$.error.Error", causePath = "$.error.Cause") void failed() {}
                """.formatted(LAMBDA, LAMBDA, LAMBDA)));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Input")).doesNotContain("error");
        assertThat(record(compilation, "Output")).contains("chargeId", "amount", "logged")
                .doesNotContain("error", "notified");
    }

    @Test
    void theErrorOutputHasOnlyErrorAndCause() {
        JavaFileObject source = workflow(TYPES + """
                    @Task(resource = %s) @Catch(next = "failed", resultPath = "$.error")
                    Receipt charge(@From("$.order") Order order) { return null; }
                    @Succeed void done() {}
                    @Fail(causePath = "$.error.cause") void failed() {}
                """.formatted(LAMBDA));

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("\"$.error.cause\": the error output has no property \"cause\";"
                + " it has Error, Cause").inFile(source).onLineContaining("causePath");
    }

    @Test
    void aCatchTargetDeclaredBeforeItsCatcherIsNotCheckedAgainstAPartialView() {
        Compilation compilation = compile(workflow(TYPES + """
                    @Task(resource = %s) Receipt charge(@From("$.order") Order order) { return null; }
                    @Task(resource = %s) @ResultPath("$.logged") String log(@From("$.error.Cause") String cause) { return null; }
                    @Task(resource = %s) @Catch(next = "log", resultPath = "$.error") @ResultPath("$.sent")
                    String send(@From("$.chargeId") String id) { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA, LAMBDA, LAMBDA)));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aFieldACatchWritesBeforeLoopingBackToAnEarlierStateIsInTheOutput() throws IOException {
        Compilation compilation = compile(workflow(TYPES + """
                    @Task(resource = %s) @ResultPath("$.receipt") @Catch(next = "backOff", resultPath = "$.error")
                    Receipt charge(@From("$.order") Order order) { return null; }
                    @Succeed void done() {}
                    @Pass @Next("charge") void backOff() {}
                """.formatted(LAMBDA)));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Output")).contains("Sample.Order order", "Sample.Receipt receipt",
                "@JsonProperty(\"error\") JsonNode error");
        assertThat(record(compilation, "Input")).doesNotContain("error");
    }

    @Test
    void aChoiceLoopCarriesWhatItsBodyWritesToTheEndAndToTheStatesItGoesBackTo() throws IOException {
        JavaFileObject source = workflow(TYPES + """
                    @Task(resource = %s) @ResultPath("$.status")
                    String poll(@From("$.jobId") String id, @From("$.attempt.count") Integer count) { return null; }
                    @Choice @When(test = "$.status == 'DONE'", next = "done") @Default("count") void route() {}
                    @Task(resource = %s) @ResultPath("$.attempt") @Next("poll")
                    Line count(@From("$.status") String status) { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA, LAMBDA));

        Compilation compilation = compile(source);

        // on the first visit of poll, $.attempt is not written yet: it is read from the input; the loop brings
        // Line, whose properties are checked
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("\"$.attempt.count\": Sample.Line has no property \"count\";"
                + " it has sku, quantity").inFile(source).onLineContaining("$.attempt.count");
    }

    @Test
    void aLoopThatWritesItsFieldsOutputsThemAtTheEnd() throws IOException {
        Compilation compilation = compile(workflow(TYPES + """
                    @Task(resource = %s) @ResultPath("$.status") String poll(@From("$.jobId") String id) { return null; }
                    @Choice @When(test = "$.status == 'DONE'", next = "done") @Default("count") void route() {}
                    @Task(resource = %s) @ResultPath("$.attempts") @Next("poll")
                    Integer count(@From("$.status") String status) { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA, LAMBDA)));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Output")).contains("String jobId", "String status", "Integer attempts");
        assertThat(record(compilation, "Input")).contains("String jobId").doesNotContain("attempts", "status");
    }

    @Test
    void aFieldTypedDifferentlyOnTwoPathsIntoAStateIsAnyJson() throws IOException {
        Compilation compilation = compile(workflow(TYPES + """
                    @Task(resource = %s) @ResultPath("$.value") String first(@From("$.id") String id) { return null; }
                    @Choice @When(test = "$.value == 'again'", next = "second") @Default("done") void route() {}
                    @Task(resource = %s) @ResultPath("$.value") @Next("route")
                    Integer second(@From("$.id") String id) { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA, LAMBDA)));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Output")).contains("JsonNode value");
    }

    @Test
    void aMapResultIsAListOfWhatItsProcessorOutputsAndAParallelsOfWhatEveryBranchOutputs() throws IOException {
        JavaFileObject ship = type("Ship", """
                @Flow
                public class Ship {
                    @Task(resource = %s)
                    Sample.Receipt ship(@From("$.sku") String sku) { return null; }
                }
                """.formatted(LAMBDA));
        JavaFileObject refund = type("Refund", """
                @Flow
                public class Refund {
                    @Task(resource = %s)
                    Sample.Receipt refund(@From("$.order.id") String id) { return null; }
                }
                """.formatted(LAMBDA));
        JavaFileObject note = type("Note", """
                @Flow
                public class Note {
                    @Task(resource = %s) @ResultPath("$.noted")
                    Sample.Receipt note(@From("$.order.id") String id) { return null; }
                }
                """.formatted(LAMBDA));
        JavaFileObject reissue = type("Reissue", """
                @Flow
                public class Reissue {
                    @Task(resource = %s)
                    Sample.Receipt reissue(@From("$.order.id") String id) { return null; }
                }
                """.formatted(LAMBDA));
        Compilation compilation = compile(workflow(TYPES + """
                    @Map(items = "$.order.lines", processor = Ship.class) @ResultPath("$.shipped") void shipAll() {}
                    @Parallel(branches = {Refund.class, Reissue.class}) @ResultPath("$.same") void both() {}
                    @Parallel(branches = {Note.class}) @ResultPath("$.mixed") void mixed() {}
                    @Succeed void done() {}
                """), ship, refund, note, reissue);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Output")).contains("List<Sample.Receipt> shipped",
                "List<Sample.Receipt> same", "List<JsonNode> mixed");
        // Note outputs its input with a field added: no one type
    }

    /** A value without properties (text, a number, a list) is still what the flow outputs as a whole. */
    @Test
    void flowsThatOutputTextOrAListGiveAListOfThatType() throws IOException {
        JavaFileObject label = type("Label", """
                @Flow
                public class Label {
                    @Task(resource = %s)
                    String label(@From("$.sku") String sku) { return null; }
                }
                """.formatted(LAMBDA));
        JavaFileObject email = type("Email", """
                @Flow
                public class Email {
                    @Task(resource = %s)
                    String email(@From("$.order.id") String id) { return null; }
                }
                """.formatted(LAMBDA));
        JavaFileObject text = type("Text", """
                @Flow
                public class Text {
                    @Task(resource = %s)
                    String text(@From("$.order.id") String id) { return null; }
                }
                """.formatted(LAMBDA));
        JavaFileObject pick = type("Pick", """
                @Flow
                public class Pick {
                    @Task(resource = %s)
                    java.util.List<Integer> pick(@From("$.order.id") String id) { return null; }
                }
                """.formatted(LAMBDA));
        JavaFileObject count = type("Count", """
                @Flow
                public class Count {
                    @Task(resource = %s)
                    Integer count(@From("$.order.id") String id) { return null; }
                }
                """.formatted(LAMBDA));
        Compilation compilation = compile(workflow(TYPES + """
                    @Map(items = "$.order.lines", processor = Label.class) @ResultPath("$.labels") void labelAll() {}
                    @Parallel(branches = {Email.class, Text.class}) @ResultPath("$.sent") void notifyBoth() {}
                    @Parallel(branches = {Pick.class, Count.class}) @ResultPath("$.picked") void pickAndCount() {}
                    @Succeed void done() {}
                """), label, email, text, pick, count);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Output")).contains("List<String> labels", "List<String> sent",
                "PickAndCountResults picked");
        assertThat(record(compilation, "PickAndCountResults")).contains("List<Integer> pick", "Integer count");
    }

    @Test
    void aParallelsBranchesOfDifferentTypesMakeARecordAndAResultSelectorNamesThemWithTheirTypes() throws IOException {
        JavaFileObject refund = type("Refund", """
                @Flow
                public class Refund {
                    @Task(resource = %s)
                    Sample.Receipt refund(@From("$.order.id") String id) { return null; }
                }
                """.formatted(LAMBDA));
        JavaFileObject mail = type("Mail", """
                @Flow
                public class Mail {
                    @Task(resource = %s)
                    Sample.Customer mail(@From("$.order.id") String id) { return null; }
                }
                """.formatted(LAMBDA));
        JavaFileObject source = workflow(TYPES + """
                    @Parallel(branches = {Refund.class, Mail.class})
                    @ResultSelector("{\\"refund.$\\": \\"$[0]\\", \\"email.$\\": \\"$[1].email\\", \\"n\\": 1}")
                    void both() {}
                    @Task(resource = %s) @ResultPath("$.sent")
                    String send(@From("$.refund.chargeId") String id, @From("$.email") String email) { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA));

        Compilation compilation = compile(source, refund, mail);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Output")).contains("Sample.Receipt refund", "String email",
                "@JsonProperty(\"n\") BigDecimal n");

        Compilation unselected = compile(workflow(TYPES + """
                    @Parallel(branches = {Refund.class, Mail.class}) @ResultPath("$.both") void both() {}
                    @Succeed void done() {}
                """), refund, mail);
        assertThat(unselected).succeededWithoutWarnings();
        assertThat(record(unselected, "Output")).contains("@JsonProperty(\"both\") BothResults both");
        assertThat(record(unselected, "BothResults")).contains(
                "@JsonProperty(\"refund\") Sample.Receipt refund", "@JsonProperty(\"mail\") Sample.Customer mail");
        assertThat(unselected.generatedSourceFile("test.SampleWorkflow").orElseThrow().getCharContent(false)
                .toString()).contains("@JsonFormat(\n      shape = JsonFormat.Shape.ARRAY\n  )",
                "@JsonPropertyOrder({\"refund\", \"mail\"})");

        Compilation misspelt = compile(workflow(TYPES + """
                    @Parallel(branches = {Refund.class, Mail.class})
                    @ResultSelector("{\\"email.$\\": \\"$[1].mail\\"}")
                    void both() {}
                    @Succeed void done() {}
                """), refund, mail);
        assertThat(misspelt).hadErrorCount(1);
        assertThat(misspelt).hadErrorContaining("\"$[1].mail\": Sample.Customer has no property \"mail\"; it has"
                + " name, email").inFile(misspelt.sourceFiles().get(0)).onLineContaining("@ResultSelector");
    }

    private static final String INVOKE = "@Task(resource = \"arn:aws:states:::lambda:invoke\")"
            + " @Parameters(\"{\\\"FunctionName\\\": \\\"charge\\\"}\")";

    @Test
    void anOptimizedLambdaInvokeResultIsTheInvokeResponseWithTheMethodsTypeAsPayload() throws IOException {
        Compilation compilation = compile(workflow(TYPES + """
                    %s @ResultPath("$.charge")
                    Receipt charge(@From("$.order") Order order) { return null; }
                    @Task(resource = %s) @ResultPath("$.mailed")
                    String mail(@From("$.charge.Payload.chargeId") String id) { return null; }
                    @Succeed void done() {}
                """.formatted(INVOKE, LAMBDA)));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Output")).contains(
                "@JsonProperty(\"charge\") LambdaInvocation<Sample.Receipt> charge");
    }

    @Test
    void aResultSelectorIntoTheInvokeResponseIsTypedAndChecked() throws IOException {
        Compilation compilation = compile(workflow(TYPES + """
                    %s
                    @ResultSelector("{\\"total.$\\": \\"$.Payload.amount\\", \\"receipt.$\\": \\"$.Payload\\", \\"status.$\\": \\"$.StatusCode\\"}")
                    Receipt charge(@From("$.order") Order order) { return null; }
                    @Succeed void done() {}
                """.formatted(INVOKE)));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Output")).contains("@JsonProperty(\"total\") BigDecimal total",
                "@JsonProperty(\"receipt\") Sample.Receipt receipt", "@JsonProperty(\"status\") Integer status");

        JavaFileObject misspelt = workflow(TYPES + """
                    %s
                    @ResultSelector("{\\"total.$\\": \\"$.Paylod.amount\\"}")
                    Receipt charge(@From("$.order") Order order) { return null; }
                    @Succeed void done() {}
                """.formatted(INVOKE));
        Compilation failed = compile(misspelt);
        assertThat(failed).hadErrorCount(1);
        assertThat(failed).hadErrorContaining("\"$.Paylod.amount\": LambdaInvocation<Sample.Receipt> has no property"
                + " \"Paylod\"; it has ExecutedVersion, Payload, SdkHttpMetadata, SdkResponseMetadata, StatusCode")
                .inFile(misspelt).onLineContaining("@ResultSelector");
    }

    @Test
    void aCallbackLambdaInvokeIsNotWrapped() throws IOException {
        Compilation compilation = compile(workflow(TYPES + """
                    @Task(resource = "arn:aws:states:::lambda:invoke.waitForTaskToken")
                    @Parameters("{\\"FunctionName\\": \\"charge\\", \\"Payload\\": {\\"token.$\\": \\"$$.Task.Token\\"}}")
                    @ResultPath("$.charge") Receipt charge() { return null; }
                    @Succeed void done() {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Output")).contains("@JsonProperty(\"charge\") Sample.Receipt charge");
    }

    @Test
    void theFieldsParametersInputPathAndOutputPathReadJoinTheInputRecord() throws IOException {
        Compilation compilation = compile(workflow(TYPES + """
                    @Task(resource = "arn:aws:states:::sqs:sendMessage")
                    @Parameters("{\\"QueueUrl\\": \\"https://sqs.us-east-1.amazonaws.com/123456789012/q\\","
                                + " \\"MessageBody.$\\": \\"$.message\\"}")
                    @ResultPath("$.sent")
                    void send() {}
                    @Pass(parameters = "{\\"note.$\\": \\"$.note\\", \\"id.$\\": \\"$.orderId\\"}") @ResultPath("$.noted") void note() {}
                    @Pass @InputPath("$.audit") @ResultPath("$.audited") void audit() {}
                    @Pass @OutputPath("$.summary") void summarise() {}
                    @Succeed void done() {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Input")).contains("@JsonProperty(\"message\") JsonNode message",
                "@JsonProperty(\"note\") JsonNode note", "@JsonProperty(\"orderId\") JsonNode orderId",
                "@JsonProperty(\"audit\") JsonNode audit", "@JsonProperty(\"summary\") JsonNode summary");
    }

    @Test
    void pathsThatParametersInputPathAndOutputPathReadAreCheckedAgainstADeclaredInput() {
        JavaFileObject source = type("Sample", """
                @Workflow(input = Sample.Order.class)
                public class Sample {
                    public record Order(String id, List<String> lines) {}
                    @Task(resource = "arn:aws:states:::sqs:sendMessage")
                    @Parameters("{\\"QueueUrl\\": \\"https://sqs.us-east-1.amazonaws.com/123456789012/q\\","
                                + " \\"MessageBody.$\\": \\"$.idd\\"}")
                    @ResultPath("$.sent")
                    void send() {}
                    @Pass(parameters = "{\\"first.$\\": \\"$.line\\"}") @ResultPath("$.first") void first() {}
                    @Pass @InputPath("$.lins") @ResultPath("$.copy") void copy() {}
                    @Pass @OutputPath("$.orderId") void narrow() {}
                    @Succeed void done() {}
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(4);
        // each on the attribute that reads the path: a concatenated @Parameters where its value starts
        java.util.Map.of("idd", "@Parameters", "line", "$.line", "lins", "$.lins", "orderId", "$.orderId").forEach(
                (path, line) -> assertThat(compilation).hadErrorContaining("has no property \"" + path
                        + "\"; it has id, lines").inFile(source).onLineContaining(line));
    }

    @Test
    void aPassStatesParametersShapeItsResultAndAnOutputPathIsCheckedAgainstTheStatesOutput() {
        JavaFileObject source = workflow(TYPES + """
                    @Pass(parameters = "{\\"order.$\\": \\"$.order\\", \\"source\\": \\"web\\"}") void reshape() {}
                    @Task(resource = %s) Receipt charge(@From("$.ordr") Order order) { return null; }
                    @Pass @OutputPath("$.amont") void amount() {}
                    @Succeed void done() {}
                """.formatted(LAMBDA));

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("\"$.ordr\": the state input has no property \"ordr\"; it has order,"
                + " source").inFile(source).onLineContaining("$.ordr");
        assertThat(compilation).hadErrorContaining("\"$.amont\": the state's output has no property \"amont\"; it has"
                + " chargeId, amount").inFile(source).onLineContaining("$.amont");
    }

    @Test
    void aFieldReadAsAnyJsonOnOnePathKeepsTheTypeAnotherPathReadsItWith() throws IOException {
        // "$.order.id" alone says nothing of order's type; it used to make the Input's order a JsonNode, and a
        // Parameters read before the typed one made the Output's order a JsonNode
        Compilation compilation = compile(workflow(TYPES + """
                    @Task(resource = "arn:aws:states:::sqs:sendMessage")
                    @Parameters("{\\"QueueUrl\\": \\"https://sqs.us-east-1.amazonaws.com/123456789012/q\\","
                                + " \\"MessageBody.$\\": \\"$.order\\"}")
                    @ResultPath("$.queued")
                    @Catch(next = "done", resultPath = "$.error")
                    void queue() {}
                    @Choice @When(test = "$.express == true", next = "typed") @Default("untyped") void route() {}
                    @Task(resource = %s) @ResultPath("$.a") @Next("done") String typed(@From("$.order") Order order) { return null; }
                    @Task(resource = %s) @ResultPath("$.b") String untyped(@From("$.order.id") String id) { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA, LAMBDA)));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Input")).contains("@JsonProperty(\"order\") Sample.Order order");
        assertThat(record(compilation, "Output")).contains("@JsonProperty(\"order\") Sample.Order order");
    }

    @Test
    void aGenericTypesPropertiesHaveTheTypeArgumentsOfItsUse() throws IOException {
        // Page<T>'s properties used to keep T as Object: paths below first, items or all were never checked, and
        // the Output record, holding a whole Page<Line>, typed first as Object
        JavaFileObject processor = type("Ship", """
                @Flow
                public class Ship {
                    @Task(resource = %s) String ship(@From("$.skuu") String sku) { return null; }
                }
                """.formatted(LAMBDA));
        JavaFileObject source = workflow(TYPES + """
                    public record Page<T>(List<T> items, T first, T[] all, int total) {}
                    public static class Holder<K> { public K getKey() { return null; } }
                    @Task(resource = %s) @ResultPath("$.page") Page<Line> load() { return null; }
                    @Task(resource = %s) @ResultPath("$.held")
                    Holder<Page<Line>> hold(@From("$.page.first.qty") int quantity, @From("$.page.all") Line[] all) {
                        return null;
                    }
                    @Choice @When(test = "$.held.key.first.quantity > 1", next = "shipAll") @Default("shipAll")
                    void route() {}
                    @Map(items = "$.page.items", processor = Ship.class) @ResultPath("$.shipped") void shipAll() {}
                    @Task(resource = %s) @Next("done") Page<Receipt> last() { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA, LAMBDA, LAMBDA));

        Compilation compilation = compile(source, processor);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("\"$.page.first.qty\": Sample.Line has no property \"qty\"; it has"
                + " sku, quantity").inFile(source).onLineContaining("$.page.first.qty");
        assertThat(compilation).hadErrorContaining("\"$.skuu\": the state input has no property \"skuu\"; it has"
                + " sku, quantity").inFile(processor).onLineContaining("$.skuu");

        Compilation fixed = compileText(source(source).replace("first.qty", "first.quantity"),
                processor.getCharContent(false).toString().replace("skuu", "sku"));
        assertThat(fixed).succeededWithoutWarnings();
        assertThat(record(fixed, "Output")).contains("List<Sample.Receipt> items", "Sample.Receipt first",
                "Sample.Receipt[] all", "int total");
    }

    @Test
    void wildcardTypeArgumentsAreKeptAndTheirBoundsChecked() throws IOException {
        // a wildcard was written as Object: the generated binding passed a Map<String, List<Object>> where the
        // method takes a Map<String, List<? extends Number>>, which did not compile
        JavaFileObject source = workflow(TYPES + """
                    public record Box<T>(T value, List<T> values) {}
                    @Task(resource = %s) @ResultPath("$.box")
                    Box<? extends Line> weigh(@From("$.weights") java.util.Map<String, List<? extends Number>> weights,
                                              @From("$.sinks") List<? super Integer> sinks) {
                        return null;
                    }
                    @Choice @When(test = "$.box.value.qty > 1", next = "done") @Default("done") void route() {}
                    @Succeed void done() {}
                """.formatted(LAMBDA));

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("\"$.box.value.qty\": Sample.Line has no property \"qty\"; it has"
                + " sku, quantity").inFile(source).onLineContaining("$.box.value.qty");

        Compilation fixed = compileText(source(source).replace("value.qty", "value.quantity"));
        assertThat(fixed).succeededWithoutWarnings();
        assertThat(record(fixed, "Input")).contains("Map<String, List<? extends Number>> weights",
                "List<? super Integer> sinks");
        assertThat(record(fixed, "Output")).contains("Sample.Box<? extends Sample.Line> box");
    }

    @Test
    void aJsonPathStateReadsTheVariablesEarlierStatesAssignWhereAwsDoes() throws IOException {
        // "$name" was refused everywhere ("workflows have none"), though @Assign sets variables and AWS reads them in
        // Choice variables, .$ values, InputPath and SecondsPath (assign__test_reference_assign__BASE_REFERENCE_IN_*)
        JavaFileObject source = workflow(TYPES + """
                    @Task(resource = %s) @ResultPath("$.receipt")
                    @Assign(name = "receipt", value = "$") @Assign(name = "chargeId", value = "$.chargeId")
                    Receipt charge(@From("$.order") Order order) { return null; }
                    @Choice @When(test = "$receipt.amount > 100", next = "pause") @Default("pause")
                    @Assign(name = "delay", value = "$.delay")
                    void route() {}
                    @Wait(secondsPath = "$delay") void pause() {}
                    @Task(resource = %s) @InputPath("$receipt") @ResultPath("$.mailed")
                    String mail(@From("$.amount") BigDecimal amount, @From("$chargeId") String chargeId) { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA, LAMBDA));

        Compilation compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(GenerationTest.asl(compilation, "META-INF/stepwise/test.Sample.asl.json")).contains(
                "\"receipt.$\": \"$\"", "\"Variable\": \"$receipt.amount\"", "\"SecondsPath\": \"$delay\"",
                "\"InputPath\": \"$receipt\"", "\"chargeId.$\": \"$chargeId\"");
        // the Choice's Assign reads its input: delay is an input field
        assertThat(record(compilation, "Input")).contains("\"delay\"");
    }

    @Test
    void aJsonPathAssignReadsTheResultAndAVariableHasTheTypeItWasAssigned() {
        JavaFileObject source = workflow(TYPES + """
                    @Task(resource = %s) @ResultPath("$.receipt")
                    @Assign(name = "receipt", value = "$") @Assign(name = "chargeId", value = "$.chargeID")
                    Receipt charge(@From("$.order") Order order) { return null; }
                    @Choice @When(test = "$receipt.amont > 100", next = "mail") @Default("mail") void route() {}
                    @Task(resource = %s) @ResultPath("$.mailed")
                    String mail(@From("$chargID") String chargeId) { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA, LAMBDA));

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("\"$.chargeID\": the state's result has no property \"chargeID\";"
                + " it has chargeId, amount").inFile(source).onLineContaining("$.chargeID");
        assertThat(compilation).hadErrorContaining("\"$receipt.amont\": Sample.Receipt has no property \"amont\";"
                + " it has chargeId, amount").inFile(source).onLineContaining("$receipt.amont");
        assertThat(compilation).hadErrorContaining("[UnknownVariable] \"$chargID\" reads the variable $chargID,"
                + " which no @Assign of this workflow sets").inFile(source).onLineContaining("$chargID");
    }

    /** Types of every JSON kind Jackson writes, and a Task that puts an {@code Order} at {@code $.order}. */
    private static final String KINDS = """
                public enum Status { NEW, DONE }
                public record Line(String sku, int quantity) {}
                public record Order(String id, Status status, List<Line> lines, Line[] all,
                                    java.util.Map<String, Line> byKey, java.util.Optional<Line> first, byte[] scan,
                                    java.time.Instant at, Long count) {}
                @Task(resource = %s) @ResultPath("$.order") Order load() { return null; }
            """.formatted(LAMBDA);

    /** A workflow whose second Task reads {@code path} from what the first wrote. */
    private static JavaFileObject readingKinds(String path) {
        return workflow(KINDS + """
                    @Task(resource = %s) @ResultPath("$.used")
                    String use(@From("%s") com.fasterxml.jackson.databind.JsonNode value) { return null; }
                    @Succeed void done() {}
                """.formatted(LAMBDA, path));
    }

    @Test
    void aPathIsCheckedThroughTheJsonJacksonWritesForEachType() {
        // a path below text, a number, an enum or a byte[] (base64 text), a field of an array and an index into an
        // object were all accepted, as was a misspelt property below an index, a map key or an Optional: only
        // properties of user types were checked, and only before the first index
        var refused = new java.util.LinkedHashMap<String, String>();
        refused.put("$.order.id.first", "[NoSuchStep] \"$.order.id.first\": String is written as JSON text, which"
                + " has no property \"first\"");
        refused.put("$.order.status.name", "[NoSuchStep] \"$.order.status.name\": Sample.Status is written as JSON"
                + " text, which has no property \"name\"");
        refused.put("$.order.scan[0]", "[NoSuchStep] \"$.order.scan[0]\": byte[] is written as JSON text, which has"
                + " no index [0]");
        refused.put("$.order.at.epochSecond", "[NoSuchStep] \"$.order.at.epochSecond\": Instant is written as JSON"
                + " text, which has no property \"epochSecond\"");
        refused.put("$.order.count.value", "[NoSuchStep] \"$.order.count.value\": Long is written as a JSON number,"
                + " which has no property \"value\"");
        refused.put("$.order.lines.sku", "[NoSuchStep] \"$.order.lines.sku\": List<Sample.Line> is written as a JSON"
                + " array, which has no property \"sku\"; [index] reads one element, [*] each one");
        refused.put("$.order[0]", "[NoSuchStep] \"$.order[0]\": Sample.Order is written as a JSON object, which has"
                + " no index [0]");
        refused.put("$.order.lines[0].skuu", "[UnknownField] \"$.order.lines[0].skuu\": Sample.Line has no property"
                + " \"skuu\"; it has sku, quantity");
        refused.put("$.order.all[2]['skuu']", "[UnknownField] \"$.order.all[2]['skuu']\": Sample.Line has no"
                + " property \"skuu\"; it has sku, quantity");
        refused.put("$.order.byKey.anyKey.skuu", "[UnknownField] \"$.order.byKey.anyKey.skuu\": Sample.Line has no"
                + " property \"skuu\"; it has sku, quantity");
        refused.put("$.order.first.skuu", "[UnknownField] \"$.order.first.skuu\": Optional<Sample.Line> has no"
                + " property \"skuu\"; it has sku, quantity");
        refused.forEach((path, message) -> {
            JavaFileObject source = readingKinds(path);
            Compilation compilation = compile(source);
            assertThat(compilation).hadErrorCount(1);
            assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(path);
        });
        for (String path : List.of("$.order.lines[0].sku", "$.order.all[2]['quantity']", "$.order.byKey.anyKey.sku",
                "$.order.first.sku", "$.order.lines[*].sku", "$.order.status", "$.order.scan")) {
            assertThat(compile(readingKinds(path))).succeededWithoutWarnings();
        }
    }

    @Test
    void resultSelectorsVariablesAndMapItemsAreCheckedThroughIndexesToo() {
        JavaFileObject processor = type("Pick", """
                @Flow
                public class Pick {
                    @Task(resource = %s) String pick(@From("$.sku.code") String code) { return null; }
                }
                """.formatted(LAMBDA));
        JavaFileObject source = workflow(KINDS + """
                    @Task(resource = %s) @ResultSelector("{\\"first.$\\": \\"$.lines[0].skuu\\"}") @ResultPath("$.picked")
                    Order reload() { return null; }
                    @Task(resource = %s) @Assign(name = "lines", value = "$.lines") @ResultPath("$.again")
                    Order again() { return null; }
                    @Task(resource = %s) @ResultPath("$.used")
                    String use(@From("$lines[1].quantity.amount") String amount) { return null; }
                    @Map(items = "$.order.lines", processor = Pick.class, itemSelector = "{\\"sku.$\\": \\"$$.Map.Item.Value.sku\\"}")
                    @ResultPath("$.picks") void pickAll() {}
                    @Succeed void done() {}
                """.formatted(LAMBDA, LAMBDA, LAMBDA));

        Compilation compilation = compile(source, processor);

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[UnknownField] \"$.lines[0].skuu\": Sample.Line has no property"
                + " \"skuu\"; it has sku, quantity").inFile(source).onLineContaining("@ResultSelector");
        assertThat(compilation).hadErrorContaining("[NoSuchStep] \"$lines[1].quantity.amount\": int is written as a"
                + " JSON number, which has no property \"amount\"").inFile(source).onLineContaining("$lines[1]");
        assertThat(compilation).hadErrorContaining("[NoSuchStep] \"$.sku.code\": String is written as JSON text,"
                + " which has no property \"code\"").inFile(processor).onLineContaining("$.sku.code");
    }

    private static String source(JavaFileObject file) throws IOException {
        return file.getCharContent(false).toString();
    }

    private static Compilation compileText(String workflow, String... flows) {
        var files = new java.util.ArrayList<JavaFileObject>();
        files.add(com.google.testing.compile.JavaFileObjects.forSourceString("test.Sample", workflow));
        for (String flow : flows) {
            String name = flow.substring(flow.indexOf("public class ") + 13).split("[ {]")[0];
            files.add(com.google.testing.compile.JavaFileObjects.forSourceString("test." + name, flow));
        }
        return Sources.compile(files.toArray(JavaFileObject[]::new));
    }

    private static String record(Compilation compilation, String name) throws IOException {
        return Sources.nestedRecord(compilation, "test.SampleWorkflow", name);
    }
}
