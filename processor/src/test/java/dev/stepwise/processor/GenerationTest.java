package dev.stepwise.processor;

import dev.stepwise.processor.testing.GoldenFiles;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.stepwise.workflow.TaskMethod;
import dev.stepwise.workflow.WorkflowMetadata;
import dev.stepwise.workflow.WorkflowSpec;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the processor writes for a workflow that uses every condition form and most state fields. */
class GenerationTest {

    private static final String ASL = "META-INF/stepwise/showcase.Showcase.asl.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Compilation compilation;

    @BeforeAll
    static void compileShowcase() {
        compilation = Sources.compile(JavaFileObjects.forResource("workflows/Showcase.java"));
    }

    @Test
    void compilesCleanly() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void writesTheGoldenDefinition() throws IOException {
        GoldenFiles.in("golden").assertMatches("showcase.Showcase.asl.json", asl(compilation));
    }

    @Test
    void passesTheAslValidator() throws Exception {
        AslValidator.Verdict verdict = AslValidator.validate(asl(compilation));

        assertThat(verdict.valid()).as(verdict.output()).isTrue();
    }

    @Test
    void theValidatorRejectsABrokenDefinition() throws Exception {
        AslValidator.Verdict verdict = AslValidator.validate("{\"StartAt\": \"missing\", \"States\": {}}");

        assertThat(verdict.valid()).isFalse();
    }

    @Test
    void outputIsByteIdenticalAcrossBuilds() throws IOException {
        Compilation again = Sources.compile(JavaFileObjects.forResource("workflows/Showcase.java"));

        assertThat(asl(again)).isEqualTo(asl(compilation));
        assertThat(text(again, "showcase.ShowcaseWorkflow")).isEqualTo(text(compilation, "showcase.ShowcaseWorkflow"));
    }

    @Test
    void emitsConditionsAsNestedRules() throws IOException {
        JsonNode choices = JSON.readTree(asl(compilation)).at("/States/route/Choices");

        assertThat(choices.get(1).get("Or")).hasSize(4);
        assertThat(choices.get(2).at("/And/0/Not/BooleanEquals").asBoolean()).isTrue();
        assertThat(choices.get(4).at("/And/0/TimestampGreaterThanEqualsPath").asText()).isEqualTo("$.cutoff");
        assertThat(choices.get(4).at("/And/1/NumericGreaterThanPath").asText()).isEqualTo("$.minimumAge");
        assertThat(choices.get(6).at("/And/1/IsNull").asBoolean()).isFalse();
    }

    @Test
    void theWorkflowClassCarriesTheDefinitionAndMetadata() throws Exception {
        WorkflowSpec unbound = (WorkflowSpec) workflowClass().getConstructor().newInstance();

        assertThat(unbound.name()).isEqualTo("Showcase");
        assertThat(unbound.definition()).isEqualTo(asl(compilation));
        assertThat(unbound.tasks()).isEmpty();
        WorkflowMetadata metadata = unbound.metadata();
        assertThat(metadata.type()).isEqualTo("STANDARD");
        assertThat(metadata.timeoutSeconds()).isEqualTo(600);
        assertThat(metadata.tags()).containsExactly(Map.entry("purpose", "golden"));
        assertThat(metadata.logLevel()).isEqualTo("FATAL");
        assertThat(metadata.logGroupArn()).isEqualTo("arn:aws:logs:eu-west-1:123456789012:log-group:showcase:*");
        assertThat(metadata.tracing()).isTrue();
        assertThat(metadata.roleArn()).isEqualTo("arn:aws:iam::123456789012:role/showcase");
        assertThat(metadata.publish()).isEqualTo(new WorkflowMetadata.Publication("beta", "first cut", "ALL_AT_ONCE",
                0, 0, List.of(new WorkflowMetadata.Route(null, 90),
                        new WorkflowMetadata.Route("arn:aws:states:eu-west-1:123456789012:stateMachine:Showcase:2", 10))));
    }

    @Test
    void boundTasksReadTheirParametersAndWriteTheirResultAsJson() throws Exception {
        Class<?> workflowClass = workflowClass();
        Object impl = loader().loadClass("showcase.Showcase").getDeclaredConstructor().newInstance();
        var bound = (WorkflowSpec) workflowClass.getMethod("bind", impl.getClass()).invoke(null, impl);

        assertThat(bound.tasks()).containsOnlyKeys("score", "put");
        TaskMethod score = bound.tasks().get("score");
        String result = score.invoke("{\"customer\": {\"name\": \"Ada\", \"age\": 36, \"vip\": true,"
                + " \"joined\": \"2019-05-01T00:00:00Z\"}, \"id\": \"id-1\"}");
        assertThat(JSON.readTree(result)).isEqualTo(JSON.readTree("{\"value\": 0.36, \"band\": \"B\"}"));
        assertThat(bound.tasks().get("put").invoke("{}")).isEqualTo("null");
    }

    @Test
    void theParametersRecordRoundTripsTheTaskInput() throws Exception {
        Class<?> record = loader().loadClass("showcase.ShowcaseWorkflow$ScoreParameters");
        String json = "{\"customer\":{\"name\":\"Ada\",\"age\":36,\"vip\":true,\"joined\":\"2019-05-01T00:00:00Z\"},"
                + "\"id\":\"id-1\"}";

        Object parameters = JSON.readValue(json, record);

        assertThat(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)).containsExactly("customer", "id");
        assertThat(JSON.readTree(JSON.writeValueAsString(parameters))).isEqualTo(JSON.readTree(json));
    }

    @Test
    void theInputRecordListsTheFieldsTheWorkflowReads() throws Exception {
        Class<?> input = loader().loadClass("showcase.ShowcaseWorkflow$Input");

        assertThat(Arrays.stream(input.getRecordComponents()).map(RecordComponent::getName)).containsExactly("request");
    }

    @Test
    void aDefinitionLongerThanAClassFileConstantStillCompiles() throws Exception {
        StringBuilder states = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            states.append("    @Pass @Comment(\"").append("step ".repeat(40)).append(i).append("\") void s").append(i).append("() {}\n");
        }
        Compilation big = Sources.compile(Sources.workflow(states + "    @Succeed void done() {}"));

        assertThat(big).succeeded();
        String definition = asl(big, "META-INF/stepwise/test.Sample.asl.json");
        assertThat(definition.length()).isGreaterThan(70_000);
        Class<?> workflow = new GeneratedClasses(big).loadClass("test.SampleWorkflow");
        assertThat(((WorkflowSpec) workflow.getConstructor().newInstance()).definition()).isEqualTo(definition);
    }

    @Test
    void aFlowUsedByTwoBranchesIsRejectedBecauseStateNamesAreUniqueInTheWholeMachine() {
        Compilation twice = Sources.compile(
                Sources.workflow("    @Parallel(branches = {Price.class, Price.class}) void both() {}\n"
                        + "    @Succeed void done() {}"),
                Sources.type("Price", """
                        @Flow
                        public class Price {
                            @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:price")
                            public String price(@From("$.sku") String sku, @From("$.count") Integer count) {
                                return sku + count;
                            }
                        }
                        """));

        // AWS rejects the same state name twice anywhere in one machine, branches included
        assertThat(twice).hadErrorCount(1);
        assertThat(twice).hadErrorContaining("[InvalidDefinition] Step Functions rejects the generated definition: "
                + "Duplicate State name: price").inFile(twice.sourceFiles().get(1)).onLineContaining("public String price");
    }

    @Test
    void aWorkflowWithNoSettingsSharesTheDefaultMetadata() throws Exception {
        Compilation plain = Sources.compile(Sources.workflow("    @Succeed void done() {}"));

        assertThat(plain).succeededWithoutWarnings();
        assertThat(plain).generatedSourceFile("test.SampleWorkflow").contentsAsUtf8String()
                .contains("METADATA = WorkflowMetadata.DEFAULTS;");
        Object spec = new GeneratedClasses(plain).loadClass("test.SampleWorkflow").getConstructor().newInstance();
        assertThat(((WorkflowSpec) spec).metadata()).isSameAs(WorkflowMetadata.DEFAULTS);
    }

    @Test
    void aNestedWorkflowClassGetsPrefixedTypeNames() throws IOException {
        Compilation nested = Sources.compile(Sources.type("Outer", """
                public class Outer {
                    @Workflow
                    public static class Inner {
                        @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:f")
                        String greet(@From("$.name") String name) { return "hi " + name; }
                    }
                }
                """));

        assertThat(nested).succeededWithoutWarnings();
        assertThat(nested).generatedSourceFile("test.OuterInnerWorkflow").contentsAsUtf8String()
                .contains("public static OuterInnerWorkflow bind(Outer.Inner impl)");
        assertThat(Sources.nestedRecord(nested, "test.OuterInnerWorkflow", "Input")).contains("String name");
        asl(nested, "META-INF/stepwise/test.Outer.Inner.asl.json");
    }

    /**
     * Numbers in annotation JSON are read as the runtime reads the definition, exactly: {@code 1.50} keeps its
     * scale and an exponent stays one ({@code 1e5} is written {@code 1E+5}), not doubles ({@code 1.5},
     * {@code 100000.0}) as a default Jackson mapper would read them.
     */
    @Test
    void numbersInAnnotationJsonKeepTheirExactValueAndScale() throws IOException {
        Compilation exact = Sources.compile(Sources.workflow("""
                    @Pass(parameters = "{\\"total\\": 12.50, \\"rate\\": 2.5e-3, \\"count\\": 3}",
                            result = "{\\"price\\": 1.50, \\"big\\": 1e5, \\"huge\\": 12345678901234567890.0}")
                    void price() {}
                    @Succeed void done() {}"""));

        assertThat(exact).succeededWithoutWarnings();
        assertThat(asl(exact, "META-INF/stepwise/test.Sample.asl.json")).isEqualTo("""
                {
                  "StartAt": "price",
                  "States": {
                    "price": {
                      "Type": "Pass",
                      "Parameters": {
                        "total": 12.50,
                        "rate": 0.0025,
                        "count": 3
                      },
                      "Result": {
                        "price": 1.50,
                        "big": 1E+5,
                        "huge": 12345678901234567890.0
                      },
                      "Next": "done"
                    },
                    "done": {
                      "Type": "Succeed"
                    }
                  }
                }
                """);
    }

    @Test
    void aWorkflowInTheDefaultPackageGeneratesItsClassThere() throws Exception {
        Compilation unnamed = Sources.compile(JavaFileObjects.forSourceString("Greeter", """
                import dev.stepwise.annotations.*;
                @Workflow
                public class Greeter {
                    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:f")
                    String greet(@From("$.name") String name) { return "hi " + name; }
                }
                """));

        assertThat(unnamed).succeededWithoutWarnings();
        assertThat(unnamed).generatedSourceFile("GreeterWorkflow").contentsAsUtf8String()
                .doesNotContain("package");
        var spec = (WorkflowSpec) new GeneratedClasses(unnamed).loadClass("GreeterWorkflow").getConstructor()
                .newInstance();
        assertThat(spec.definition()).isEqualTo(asl(unnamed, "META-INF/stepwise/Greeter.asl.json"));
    }

    @Test
    void classNamesThatDoNotLookLikeClassesAreNamedExactly() throws Exception {
        // a lower-case class in a package with an upper-case segment: no guessing where the package ends
        Compilation odd = Sources.compile(JavaFileObjects.forSourceString("Acme.orders.checkout", """
                package Acme.orders;
                import dev.stepwise.annotations.*;
                @Workflow
                public class checkout {
                    @Parallel(branches = refund.class) void both() {}
                    @Succeed void done() {}
                    @Flow public static class refund {
                        @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:f")
                        String give(@From("$.id") String id) { return "refunded " + id; }
                    }
                }
                """));

        assertThat(odd).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(odd);
        Object impl = classes.loadClass("Acme.orders.checkout").getDeclaredConstructor().newInstance();
        var bound = (WorkflowSpec) classes.loadClass("Acme.orders.checkoutWorkflow").getMethod("bind", impl.getClass())
                .invoke(null, impl);
        assertThat(bound.tasks().get("give").invoke("{\"id\": \"7\"}")).isEqualTo("\"refunded 7\"");
    }

    @Test
    void namesThatMakeTheSameJavaNameAreNumbered() throws Exception {
        Compilation clash = Sources.compile(Sources.workflow("""
                    @State("charge card") @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:f")
                    String first(@From("$.order-id") String a, @From("$.orderId") String b,
                                 @From("$.toString") String c, @From("$.class") String d) { return a + b + c + d; }
                    @State("ChargeCard") @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:f")
                    String second(@From("$") String c, @From("$") String d) { return c + d; }
                    @Succeed void done() {}
                """));

        assertThat(clash).succeededWithoutWarnings();
        assertThat(Sources.nestedRecord(clash, "test.SampleWorkflow", "Input"))
                .contains("@JsonProperty(\"order-id\") String orderId", "@JsonProperty(\"orderId\") String orderId2",
                        "@JsonProperty(\"toString\") String toString_", "@JsonProperty(\"class\") String class_");
        GeneratedClasses classes = new GeneratedClasses(clash);
        Object impl = classes.loadClass("test.Sample").getDeclaredConstructor().newInstance();
        var bound = (WorkflowSpec) classes.loadClass("test.SampleWorkflow").getMethod("bind", impl.getClass())
                .invoke(null, impl);
        assertThat(bound.tasks().get("charge card").invoke("{\"a\": \"1\", \"b\": \"2\", \"c\": \"3\", \"d\": \"4\"}"))
                .isEqualTo("\"1234\"");
        assertThat(bound.tasks().get("ChargeCard").invoke("{\"c\": \"3\", \"d\": \"4\"}")).isEqualTo("\"34\"");
        classes.loadClass("test.SampleWorkflow$ChargeCardParameters2");
    }

    @Test
    void fieldsNamedUnderscoreOrWithNoJavaCharacterGetValidNames() throws Exception {
        // "_" is no Java identifier, and "-" keeps no character of its name
        Compilation odd = Sources.compile(Sources.workflow("""
                    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:f")
                    String first(@From("$._") String a, @From("$['-']") String b) { return a + b; }
                    @Succeed void done() {}
                """));

        assertThat(odd).succeededWithoutWarnings();
        assertThat(Sources.nestedRecord(odd, "test.SampleWorkflow", "Input"))
                .contains("@JsonProperty(\"_\") String __", "@JsonProperty(\"-\") JsonNode __2");
    }

    @Test
    void aBoundTaskConvertsAGenericParameterToItsElementType() throws Exception {
        Compilation basket = Sources.compile(Sources.type("Basket", """
                @Workflow
                public class Basket {
                    public record Item(String sku, int count) {}
                    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:f")
                    int total(@From("$.items") List<Item> items) {
                        return items.stream().mapToInt(Item::count).sum();
                    }
                }
                """));

        assertThat(basket).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(basket);
        Object impl = classes.loadClass("test.Basket").getDeclaredConstructor().newInstance();
        var bound = (WorkflowSpec) classes.loadClass("test.BasketWorkflow").getMethod("bind", impl.getClass())
                .invoke(null, impl);
        // a raw List would hold maps, and Item::count would fail with a ClassCastException
        assertThat(bound.tasks().get("total").invoke("{\"items\": [{\"sku\": \"a\", \"count\": 2},"
                + " {\"sku\": \"b\", \"count\": 3}]}")).isEqualTo("5");
    }

    private static GeneratedClasses loader;

    private static ClassLoader loader() {
        if (loader == null) {
            loader = new GeneratedClasses(compilation);
        }
        return loader;
    }

    private static Class<?> workflowClass() throws ClassNotFoundException {
        return loader().loadClass("showcase.ShowcaseWorkflow");
    }

    static String asl(Compilation compilation) throws IOException {
        return asl(compilation, ASL);
    }

    static String asl(Compilation compilation, String path) throws IOException {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", path).orElseThrow();
        try (InputStream in = file.openInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String text(Compilation compilation, String qualifiedName) throws IOException {
        return compilation.generatedSourceFile(qualifiedName).orElseThrow().getCharContent(false).toString();
    }
}
