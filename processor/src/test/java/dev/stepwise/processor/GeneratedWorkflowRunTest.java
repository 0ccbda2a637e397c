package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.workflow.FlowInstances;
import dev.stepwise.workflow.WorkflowSpec;
import java.lang.reflect.Method;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Generated workflows run on the local runtime, their output read back into the generated records. */
class GeneratedWorkflowRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LAMBDA = "\"arn:aws:lambda:us-east-1:123456789012:function:f\"";

    @Test
    void anOutputWrittenOnALoopThroughACatchReadsBackIntoTheOutputRecord() throws Exception {
        Compilation compilation = Sources.compile(Sources.workflow("""
                    public record Receipt(String chargeId, int attempt) {}
                    public static class Declined extends Exception {}
                    private int attempts;

                    @Task(resource = %s) @ResultPath("$.receipt") @Catch(next = "backOff", resultPath = "$.error")
                    Receipt charge(@From("$.orderId") String id) throws Declined {
                        if (++attempts < 3) {
                            throw new Declined();
                        }
                        return new Receipt("c-" + id, attempts);
                    }
                    @Succeed void done() {}
                    @Wait(seconds = 60) @Next("charge") void backOff() {}
                """.formatted(LAMBDA)));
        assertThat(compilation).succeededWithoutWarnings();
        var classes = new GeneratedClasses(compilation);
        Class<?> sample = classes.loadClass("test.Sample");
        Class<?> workflow = classes.loadClass("test.SampleWorkflow");
        var spec = (WorkflowSpec) workflow.getMethod("bind", sample).invoke(null, construct(sample));
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();

        Execution run = runtime.start(spec, Map.of("orderId", "o-1")).await();

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().get("error").get("Error").asText()).isEqualTo("Declined");
        Object output = JSON.treeToValue(run.output(), classes.loadClass("test.SampleWorkflow$Output"));
        assertThat(component(output, "orderId")).isEqualTo("o-1");
        assertThat(component(output, "error")).isInstanceOf(JsonNode.class);
        assertThat(component(component(output, "receipt"), "attempt")).isEqualTo(3);
    }

    @Test
    void aFlowInstanceGivenToBindRunsItsBranchAndTheOtherFlowsGetNewInstances() throws Exception {
        Compilation compilation = Sources.compile(Sources.workflow("""
                    @Parallel(branches = {Charge.class, Ship.class}) @ResultPath("$.done") void fulfil() {}
                    @Succeed void finished() {}
                """), Sources.type("Charge", """
                @Flow
                public class Charge {
                    @Task(resource = %s)
                    public String charge(@From("$.id") String id) { return "real " + id; }
                }
                """.formatted(LAMBDA)), Sources.type("Ship", """
                @Flow
                public class Ship {
                    @Task(resource = %s)
                    public String ship(@From("$.id") String id) { return "shipped " + id; }
                }
                """.formatted(LAMBDA)), Sources.type("FakeCharge", """
                public class FakeCharge extends Charge {
                    @Override public String charge(String id) { return "fake " + id; }
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFile("test.SampleWorkflow").orElseThrow().getCharContent(false)
                .toString()).contains("public static SampleWorkflow bind(Sample impl, FlowInstances flows) {",
                "flows.requireFlowsOf(NAME, Charge.class, Ship.class);",
                "this.flow1 = flows.find(Charge.class).orElseGet(Charge::new);");
        var classes = new GeneratedClasses(compilation);
        Class<?> sample = classes.loadClass("test.Sample");
        Class<?> charge = classes.loadClass("test.Charge");
        Method bind = classes.loadClass("test.SampleWorkflow").getMethod("bind", sample, FlowInstances.class);
        Object fake = construct(classes.loadClass("test.FakeCharge"));
        var spec = (WorkflowSpec) bind.invoke(null, construct(sample), flowInstances(charge, fake));

        Execution run = LocalRuntime.builder().clock(Clocks.virtual()).build()
                .start(spec, Map.of("id", "o-1")).await();

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().get("done")).isEqualTo(JSON.readTree("[\"fake o-1\", \"shipped o-1\"]"));
        assertThat(Sources.compile(Sources.workflow("    @Succeed void done() {}")))
                .generatedSourceFile("test.SampleWorkflow").contentsAsUtf8String()
                .doesNotContain("FlowInstances");
    }

    @Test
    void aGenericWorkflowAndFlowAreBoundRawWithTheirTypeVariablesReadAsTheirBounds() throws Exception {
        // nothing gives T an argument: the binding calls the raw class, whose methods take T's erasure (JLS 4.8)
        JavaFileObject sample = Sources.type("Sample", """
                @Workflow
                public class Sample<T extends Number> {
                    @Task(resource = %s) @ResultPath("$.doubled")
                    public double twice(@From("$.amount") T amount, @From("$.amounts") List<T> amounts) {
                        return amount.doubleValue() * 2 + amounts.size();
                    }
                    @Map(items = "$.names", processor = Upper.class) @ResultPath("$.upper") void each() {}
                    @Succeed void done() {}
                }
                """.formatted(LAMBDA));
        JavaFileObject upper = Sources.type("Upper", """
                @Flow
                public class Upper<S extends CharSequence> {
                    @Task(resource = %s)
                    public String upper(S name) { return name.toString().toUpperCase(); }
                }
                """.formatted(LAMBDA));

        Compilation compilation = Compiler.javac().withProcessors(new WorkflowProcessor())
                .withOptions("-Xlint:all", "-Xlint:-processing").compile(sample, upper);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedSourceFile("test.SampleWorkflow").orElseThrow().getCharContent(false)
                .toString()).contains("@SuppressWarnings({\"rawtypes\", \"unchecked\"})",
                        "Input(@JsonProperty(\"amount\") Number amount,",
                        "@JsonProperty(\"amounts\") List<Number> amounts");
        var classes = new GeneratedClasses(compilation);
        Class<?> type = classes.loadClass("test.Sample");
        var spec = (WorkflowSpec) classes.loadClass("test.SampleWorkflow").getMethod("bind", type)
                .invoke(null, construct(type));

        Execution run = LocalRuntime.builder().clock(Clocks.virtual()).build().start(spec,
                JSON.readTree("{\"amount\": 2.5, \"amounts\": [1, 2], \"names\": [\"ada\"]}")).await();

        assertThat(run.status()).as(run.error() + ": " + run.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().get("doubled").asDouble()).isEqualTo(7.0);
        assertThat(run.output().get("upper")).isEqualTo(JSON.readTree("[\"ADA\"]"));
        assertThat(Sources.compile(Sources.workflow("    @Succeed void done() {}")))
                .generatedSourceFile("test.SampleWorkflow").contentsAsUtf8String().doesNotContain("SuppressWarnings");
    }

    @Test
    void aTypeVariableBoundedByItselfIsReadAsItsBoundWithAWildcard() {
        Compilation compilation = Compiler.javac().withProcessors(new WorkflowProcessor())
                .withOptions("-Xlint:all", "-Xlint:-processing").compile(Sources.type("Sample", """
                        @Workflow
                        public class Sample<C extends Comparable<C>> {
                            @Task(resource = %s) @End
                            public C same(@From("$.key") C key) { return key; }
                        }
                        """.formatted(LAMBDA)));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.SampleWorkflow").contentsAsUtf8String()
                .contains("public record Input(@JsonProperty(\"key\") Comparable<?> key)");
    }

    @Test
    void aParallelWhoseBranchesOutputDifferentTypesReadsBackIntoARecordWithAComponentPerBranch() throws Exception {
        Compilation compilation = Sources.compile(Sources.workflow("""
                    public record Charge(String chargeId, int cents) {}
                    @Parallel(branches = {Payment.class, Notice.class}) @ResultPath("$.results") void fulfil() {}
                    @Succeed void finished() {}
                """), Sources.type("Payment", """
                @Flow
                public class Payment {
                    @Task(resource = %s)
                    public Sample.Charge pay(@From("$.id") String id) { return new Sample.Charge("c-" + id, 250); }
                }
                """.formatted(LAMBDA)), Sources.type("Notice", """
                @Flow
                public class Notice {
                    @Pass(parameters = "{\\"sent\\": true}") void notice() {}
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        var classes = new GeneratedClasses(compilation);
        Class<?> sample = classes.loadClass("test.Sample");
        var spec = (WorkflowSpec) classes.loadClass("test.SampleWorkflow").getMethod("bind", sample)
                .invoke(null, construct(sample));

        Execution run = LocalRuntime.builder().clock(Clocks.virtual()).build().start(spec, Map.of("id", "o-1")).await();

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        Object output = JSON.treeToValue(run.output(), classes.loadClass("test.SampleWorkflow$Output"));
        Object results = component(output, "results");
        assertThat(results.getClass().getSimpleName()).isEqualTo("FulfilResults");
        assertThat(component(component(results, "payment"), "chargeId")).isEqualTo("c-o-1");
        assertThat(component(results, "notice")).isEqualTo(JSON.readTree("{\"sent\": true}"));
        JsonNode written = JSON.valueToTree(output);
        assertThat(written).as("written back as the array it was read from").isEqualTo(run.output());
    }

    @Test
    void anOptimizedLambdaInvokeMethodGetsThePayloadAndItsResultReadsBackAsTheInvokeResponse() throws Exception {
        Compilation compilation = Sources.compile(Sources.workflow("""
                    public record Charge(String chargeId, int cents) {}
                    @Task(resource = "arn:aws:states:::lambda:invoke")
                    @Parameters("{\\"FunctionName\\": \\"charge\\"}") @ResultPath("$.charge")
                    Charge charge(@From("$.id") String id, @From("$.cents") int cents) { return new Charge("c-" + id, cents); }
                    @Task(resource = "arn:aws:states:::lambda:invoke")
                    @Parameters("{\\"FunctionName\\": \\"total\\", \\"Payload.$\\": \\"$.charge.Payload\\"}")
                    @ResultSelector("{\\"cents.$\\": \\"$.Payload\\"}") @ResultPath("$.total")
                    int total(Charge charge) { return charge.cents() * 2; }
                    @Succeed void done() {}
                """));
        assertThat(compilation).succeededWithoutWarnings();
        var classes = new GeneratedClasses(compilation);
        Class<?> sample = classes.loadClass("test.Sample");
        var spec = (WorkflowSpec) classes.loadClass("test.SampleWorkflow").getMethod("bind", sample)
                .invoke(null, construct(sample));
        assertThat(JSON.readTree(spec.definition()).at("/States/charge/Parameters")).as("@From parameters in Payload")
                .isEqualTo(JSON.readTree("{\"FunctionName\": \"charge\", \"Payload\": {\"id.$\": \"$.id\", \"cents.$\": \"$.cents\"}}"));

        Execution run = LocalRuntime.builder().clock(Clocks.virtual()).build()
                .start(spec, Map.of("id", "o-1", "cents", 250)).await();

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().get("charge").get("StatusCode").asInt()).isEqualTo(200);
        assertThat(run.output().get("charge").get("Payload")).isEqualTo(JSON.readTree("{\"chargeId\": \"c-o-1\", \"cents\": 250}"));
        Object output = JSON.treeToValue(run.output(), classes.loadClass("test.SampleWorkflow$Output"));
        Object envelope = component(output, "charge");
        assertThat(envelope).isInstanceOf(dev.stepwise.workflow.LambdaInvocation.class);
        assertThat(component(component(envelope, "payload"), "chargeId")).isEqualTo("c-o-1");
        assertThat(component(envelope, "statusCode")).isEqualTo(200);
        assertThat(((JsonNode) component(output, "total")).get("cents").asInt()).isEqualTo(500);
        assertThat((JsonNode) JSON.valueToTree(output)).as("written back as read").isEqualTo(run.output());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static FlowInstances flowInstances(Class type, Object instance) {
        return FlowInstances.of(type, instance);
    }

    static Object construct(Class<?> type) throws ReflectiveOperationException {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    static Object component(Object record, String name) throws ReflectiveOperationException {
        var accessor = record.getClass().getDeclaredMethod(name);
        accessor.setAccessible(true);
        return accessor.invoke(record);
    }

}
