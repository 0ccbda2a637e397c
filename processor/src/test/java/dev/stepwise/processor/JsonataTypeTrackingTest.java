package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Sources.compile;
import static dev.stepwise.processor.Sources.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Type tracking through JSONata states: the paths their expressions read, as the records and checks see them. */
class JsonataTypeTrackingTest {

    private static final String LAMBDA = "\"arn:aws:lambda:us-east-1:123456789012:function:f\"";
    private static final String TYPES = """
                public record Member(String memberId, String tier) {}
                public record Order(String id, List<Line> lines, BigDecimal total) {}
                public record Line(String sku, int quantity) {}
            """;

    @Test
    void aLoyaltyPointsLikeWorkflowGetsTypedInputAndOutputRecords() throws IOException {
        Compilation compilation = compile(jsonataWorkflow("""
                    @Task(resource = LAMBDA)
                    @Assign(name = "memberId", value = "$states.result.memberId")
                    @Assign(name = "tier", value = "$states.result.tier")
                    @Assign(name = "amount", value = "$states.input.purchase.amount")
                    Member loadMember(@From("$states.input.memberId") String memberId) { return null; }

                    @Choice
                    @When(test = "$tier = 'GOLD' and $amount >= 100", next = "doublePoints")
                    @Default("standardPoints")
                    void byTier() {}

                    @Pass @Assign(name = "multiplier", value = "2") @Next("award") void doublePoints() {}
                    @Pass @Assign(name = "multiplier", value = "1") void standardPoints() {}

                    @Task(resource = LAMBDA)
                    @Output("{ 'memberId': $memberId, 'tier': $tier, 'points': $floor($amount * $multiplier),"
                            + " 'gold': $tier = 'GOLD', 'note': 'awarded' }")
                    void award(@From("$memberId") String memberId) {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Input")).contains(
                "@JsonProperty(\"memberId\") String memberId", "@JsonProperty(\"purchase\") JsonNode purchase");
        assertThat(record(compilation, "Output")).contains("@JsonProperty(\"memberId\") String memberId",
                "@JsonProperty(\"tier\") String tier", "@JsonProperty(\"points\") BigDecimal points",
                "@JsonProperty(\"gold\") JsonNode gold", "@JsonProperty(\"note\") String note");
    }

    @Test
    void aConditionComparingAnInputFieldWithALiteralTypesTheField() throws IOException {
        Compilation compilation = compile(jsonataWorkflow("""
                    @Choice
                    @When(test = "$states.input.total > 1000", next = "large")
                    @When(test = "$states.input.channel = 'web'", next = "large")
                    @When(test = "$states.input.express = true", next = "large")
                    @When(test = "$states.input.a > 1 and $states.input.b < 2", next = "large")
                    @Default("large")
                    void route() {}

                    @Succeed void large() {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Input")).contains("@JsonProperty(\"total\") BigDecimal total",
                "@JsonProperty(\"channel\") String channel", "@JsonProperty(\"express\") Boolean express",
                "@JsonProperty(\"a\") JsonNode a", "@JsonProperty(\"b\") JsonNode b");
    }

    @Test
    void aFieldTheStateInputCannotHaveIsReportedOnItsFrom() {
        JavaFileObject source = jsonataWorkflow("""
                    @Task(resource = LAMBDA) Order load(@From("$states.input.orderId") String id) { return null; }
                    @Task(resource = LAMBDA)
                    void ship(@From("$states.input.lines") List<Line> lines,
                              @From("{% $sum($states.input.totl) %}") BigDecimal total) {}
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownField] \"$states.input.totl\": the state input has no"
                + " property \"totl\"; it has id, lines, total").inFile(source).onLineContaining("totl");
    }

    @Test
    void resultsAndVariablesAreCheckedThroughTheirTypes() {
        JavaFileObject source = jsonataWorkflow("""
                    @Task(resource = LAMBDA)
                    @Assign(name = "member", value = "$states.result")
                    @Assign(name = "level", value = "$states.result.level")
                    Member load(@From("$states.input.memberId") String id) { return null; }
                    @Pass @Output("{ 'name': $member.nmae }") void show() {}
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("\"$states.result.level\": Sample.Member has no property"
                + " \"level\"; it has memberId, tier").inFile(source).onLineContaining("level");
        assertThat(compilation).hadErrorContaining("\"$member.nmae\": Sample.Member has no property \"nmae\";"
                + " it has memberId, tier").inFile(source).onLineContaining("nmae");
    }

    @Test
    void aFieldOfAnArrayIsEachElementsFieldAndNothingIsBelowAScalar() {
        // JSONata maps a field over an array's elements: "lines.sku" is every line's sku, "lines.skuu" none
        JavaFileObject source = jsonataWorkflow("""
                    @Task(resource = LAMBDA) Order load(@From("$states.input.orderId") String id) { return null; }
                    @Task(resource = LAMBDA)
                    @Output("{ 'skus': $states.input.lines.sku, 'codes': $states.input.lines.skuu,"
                            + " 'cents': $states.input.total.cents }")
                    void ship() {}
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[UnknownField] \"$states.input.lines.skuu\": Sample.Line has no"
                + " property \"skuu\"; it has sku, quantity").inFile(source).onLineContaining("@Output");
        assertThat(compilation).hadErrorContaining("[NoSuchStep] \"$states.input.total.cents\": BigDecimal is written"
                + " as a JSON number, which has no property \"cents\"").inFile(source).onLineContaining("@Output");
    }

    @Test
    void aResultPathKeepsTheInputAndAddsTheResultField() throws IOException {
        JavaFileObject source = jsonataWorkflow("""
                    @Task(resource = LAMBDA) @ResultPath("$.order")
                    Order load(@From("$states.input.orderId") String id) { return null; }
                    @Task(resource = LAMBDA) @ResultPath("$.shipped")
                    String ship(@From("$states.input.order.lines") List<Line> lines,
                                @From("$states.input.order.weight") BigDecimal weight) { return null; }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("\"$states.input.order.weight\": Sample.Order has no property"
                + " \"weight\"; it has id, lines, total").inFile(source).onLineContaining("weight");
    }

    @Test
    void theOutputOfAResultPathWorkflowHasTheInputFieldsAndTheResults() throws IOException {
        Compilation compilation = compile(jsonataWorkflow("""
                    @Task(resource = LAMBDA) @ResultPath("$.order")
                    Order load(@From("$states.input.orderId") String id) { return null; }
                    @Pass @Output("$states.input") void keep() {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Input")).contains("@JsonProperty(\"orderId\") String orderId");
        assertThat(record(compilation, "Output")).contains(
                "@JsonProperty(\"orderId\") String orderId", "@JsonProperty(\"order\") Sample.Order order");
    }

    @Test
    void whatCannotBeFollowedIsNeverReported() throws IOException {
        Compilation compilation = compile(jsonataWorkflow("""
                    @Task(resource = LAMBDA) Order load(@From("$states.input.orderId") String id) { return null; }
                    @Pass @Assign(name = "x", value = "($t := $states.input; $t.anything)")
                    @Assign(name = "y", value = "$states.input.lines[0].anything") void local() {}
                    @Task(resource = LAMBDA) @Assign(name = "shape", value = "$states.result") @Output("$states.input")
                    Member member(@From("$states.input.id") String id) { return null; }
                    @Pass @Assign(name = "shape", value = "$states.input.lines") void second() {}
                    @Pass @Output("$merge([$states.input, $shape])") void merge() {}
                    @Task(resource = LAMBDA) void use(@From("$states.input.whatever") String w,
                                                       @From("$shape.anything") String s) {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Output")).doesNotContain("JsonProperty");
    }

    @Test
    void aPropertyAClassThatCanBeSubclassedLacksIsAWarningAndItsMergeIsNotChecked() {
        // Jackson writes a value's own class: an Animal may be a Dog with a breed, which a $merge may bring in
        String animal = "    public static class Animal { public String name; }\n";
        JavaFileObject read = jsonataWorkflow(animal + """
                    @Task(resource = LAMBDA) Animal find() { return null; }
                    @Task(resource = LAMBDA) void use(@From("$states.input.breed") String breed) {}
                """);
        Compilation compilation = compile(read);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[UnknownFieldOfOpenClass] \"$states.input.breed\": the state"
                + " input has no property \"breed\" (it has name)").inFile(read)
                .onLineContaining("$states.input.breed");

        assertThat(compile(jsonataWorkflow(animal + """
                    @Task(resource = LAMBDA) @Assign(name = "pet", value = "$states.result") Animal find() { return null; }
                    @Pass @Output("$merge([{'id': 'a'}, $pet])") void merge() {}
                    @Task(resource = LAMBDA) void use(@From("$states.input.breed") String breed) {}
                """))).succeededWithoutWarnings();
    }

    @Test
    void aVariableIsNotCheckedBeforeEveryAssignmentToItIsSeen() {
        Compilation compilation = compile(jsonataWorkflow("""
                    @Task(resource = LAMBDA) @Assign(name = "current", value = "$states.result")
                    Member load(@From("$states.input.memberId") String id) { return null; }
                    @Choice @When(test = "$current.level = 'GOLD'", next = "done") @Default("upgrade") void check() {}
                    @Pass @Assign(name = "current", value = "{ 'level': 'GOLD' }") @Next("check") void upgrade() {}
                    @Succeed void done() {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aParallelBranchReadsTheStateInputAndItsReadsJoinTheInputRecord() throws IOException {
        JavaFileObject branch = type("Notify", """
                @Flow
                public class Notify {
                    @Task(resource = %s) String mail(@From("$states.input.email") String email) { return null; }
                }
                """.formatted(LAMBDA));
        Compilation compilation = compile(jsonataWorkflow("""
                    @Parallel(branches = Notify.class) void notifyMembers() {}
                """), branch);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Input")).contains("@JsonProperty(\"email\") String email");
    }

    @Test
    void parallelArgumentsAreCheckedAndAreTheBranchInput() {
        JavaFileObject branch = type("Bill", """
                @Flow
                public class Bill {
                    @Task(resource = %s) String bill(@From("$states.input.amount") BigDecimal amount,
                                                     @From("$states.input.id") String id) { return null; }
                }
                """.formatted(LAMBDA));
        JavaFileObject source = jsonataWorkflow("""
                    @Task(resource = LAMBDA) Order load(@From("$states.input.orderId") String id) { return null; }
                    @Parallel(branches = Bill.class)
                    @Parameters("{\\"amount\\": \\"{% $states.input.totl %}\\", \\"currency\\": \\"EUR\\"}")
                    void billAll() {}
                """);

        Compilation compilation = compile(source, branch);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("\"$states.input.totl\": the state input has no property"
                + " \"totl\"; it has id, lines, total").inFile(source).onLineContaining("@Parameters");
        assertThat(compilation).hadErrorContaining("\"$states.input.id\": the state input has no property"
                + " \"id\"; it has amount, currency").inFile(branch).onLineContaining("$states.input.id");
    }

    @Test
    void aMapProcessorReadsItemsOfTheItemsElementType() {
        JavaFileObject processor = type("Pack", """
                @Flow
                public class Pack {
                    @Task(resource = %s) String pack(@From("$states.input.qty") int quantity) { return null; }
                }
                """.formatted(LAMBDA));
        Compilation compilation = compile(jsonataWorkflow("""
                    @Task(resource = LAMBDA) Order load(@From("$states.input.orderId") String id) { return null; }
                    @Map(items = "$states.input.lines", processor = Pack.class) void packAll() {}
                """), processor);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("\"$states.input.qty\": the state input has no property \"qty\";"
                + " it has sku, quantity").inFile(processor).onLineContaining("qty");
    }

    @Test
    void aDeclaredInputTypeIsTheInputRecordAndEveryInputPathIsCheckedAgainstIt() throws IOException {
        Compilation compilation = compile(typedJsonataWorkflow("""
                    @Task(resource = LAMBDA)
                    @Output("{ 'id': $states.input.id, 'count': $count($states.input.lines) }")
                    String price(@From("$states.input.lines") List<Line> lines) { return null; }
                    @Succeed void done() {}
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(record(compilation, "Input")).contains("@JsonProperty(\"id\") String id",
                "@JsonProperty(\"lines\") List<Sample.Line> lines", "@JsonProperty(\"total\") BigDecimal total");
    }

    @Test
    void aPathTheDeclaredInputTypeDoesNotHaveIsAnErrorOnTheAttributeThatReadsIt() {
        JavaFileObject source = typedJsonataWorkflow("""
                    @Task(resource = LAMBDA)
                    String price(@From("$states.input.orderId") String id) { return null; }
                    @Choice @When(test = "$states.input.lines[0].qty > 3", next = "done") @Default("done")
                    void route() {}
                    @Succeed void done() {}
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[UnknownField] \"$states.input.orderId\": the workflow input"
                + " Sample.Order has no property \"orderId\"; it has id, lines, total")
                .inFile(source).onLineContaining("$states.input.orderId");
    }

    @Test
    void aDeclaredInputChecksTheFieldsBelowItsPropertiesAndJsonPathWorkflowsToo() {
        JavaFileObject source = type("Sample", "@Workflow(input = Sample.Order.class)\npublic class Sample {\n"
                + TYPES + """
                    @Task(resource = LAMBDA) @ResultPath("$.priced")
                    String price(@From("$.lines") List<Line> lines, @From("$.total.scale") int scale) { return null; }
                    @Task(resource = LAMBDA) @ResultPath("$.sent")
                    String send(@From("$.customer") String customer) { return null; }
                    @Succeed void done() {}
                }
                """.replace("LAMBDA", LAMBDA));

        Compilation compilation = compile(source);

        // Jackson writes a BigDecimal as a number, which has no properties; the input lacks customer
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[NoSuchStep] \"$.total.scale\": BigDecimal is written as a JSON"
                + " number, which has no property \"scale\"").inFile(source).onLineContaining("$.total.scale");
        assertThat(compilation).hadErrorContaining("\"$.customer\": the state input has no property \"customer\";"
                + " it has id, lines, total, priced").inFile(source).onLineContaining("$.customer");
    }

    @Test
    void aDeclaredInputTypeWithoutPropertiesIsRefusedOnTheAttribute() {
        JavaFileObject source = type("Sample", """
                @Workflow(queryLanguage = QueryLanguage.JSONATA,
                          input = String.class)
                public class Sample {
                    @Succeed void done() {}
                }
                """);

        Compilation compilation = compile(source);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[InputTypeNotObject] @Workflow(input = String.class): the workflow"
                + " input is a JSON object, so its declared type must be a record or a class with properties;"
                + " String has none the processor can read").inFile(source).onLineContaining("input = String.class");
    }

    private static JavaFileObject typedJsonataWorkflow(String body) {
        return type("Sample", "@Workflow(queryLanguage = QueryLanguage.JSONATA, input = Sample.Order.class)\n"
                + "public class Sample {\n" + TYPES + body.replace("LAMBDA", LAMBDA) + "}\n");
    }

    private static JavaFileObject jsonataWorkflow(String body) {
        return type("Sample", "@Workflow(queryLanguage = QueryLanguage.JSONATA)\npublic class Sample {\n" + TYPES
                + body.replace("LAMBDA", LAMBDA) + "}\n");
    }

    private static String record(Compilation compilation, String name) throws IOException {
        return Sources.nestedRecord(compilation, "test.SampleWorkflow", name);
    }
}
