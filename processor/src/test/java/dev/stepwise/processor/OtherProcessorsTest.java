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
import dev.stepwise.workflow.WorkflowSpec;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.immutables.processor.ProxyProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workflows over types other processors complete in the same compilation: Lombok adds getters to a class's syntax
 * tree while its round runs, Immutables generates {@code ImmutableX} for the next round. Whatever order the processor
 * path gives the processors, a path is checked against what Jackson will see, and the generated code compiles and runs.
 */
class OtherProcessorsTest {

    private static final String LAMBDA = "\"arn:aws:lambda:us-east-1:123456789012:function:f\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Lombok's getters are all Jackson sees of these classes: their fields are private. */
    private static final JavaFileObject LOMBOK_ORDER = Sources.type("Order", """
            @lombok.Data
            @lombok.NoArgsConstructor
            public class Order {
                private String id;
                private int quantity;
            }
            """);
    private static final JavaFileObject LOMBOK_RECEIPT = Sources.type("Receipt", """
            import com.fasterxml.jackson.annotation.JsonProperty;

            @lombok.Value
            @lombok.Builder
            @lombok.extern.jackson.Jacksonized
            public class Receipt {
                @JsonProperty("order_id") String orderId;
                int total;
            }
            """);

    static Stream<Arguments> processorOrders() {
        Supplier<Processor> lombok = () -> lombokProcessor();
        return Stream.of(
                Arguments.of("Stepwise before Lombok", (Supplier<List<Processor>>) () ->
                        List.of(new WorkflowProcessor(), lombok.get())),
                Arguments.of("Lombok before Stepwise", (Supplier<List<Processor>>) () ->
                        List.of(lombok.get(), new WorkflowProcessor())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processorOrders")
    void aPathToAPropertyLombokWritesIsAcceptedAndTheWorkflowRuns(String order, Supplier<List<Processor>> processors)
            throws Exception {
        Compilation compilation = Compiler.javac().withProcessors(processors.get())
                .compile(chargeAndRoute("$.receipt.total > 10"), LOMBOK_ORDER, LOMBOK_RECEIPT);

        assertThat(compilation).succeeded();
        assertThat(compilation.warnings()).noneMatch(warning -> warning.getMessage(null).contains("\"$.receipt"));
        JsonNode output = run(compilation, "{\"order\": {\"id\": \"o-1\", \"quantity\": 6}}");
        assertThat(output.at("/receipt/order_id").asText()).isEqualTo("o-1");
        assertThat(output.at("/size").asText()).isEqualTo("big");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processorOrders")
    void aMisspeltPropertyOfALombokClassIsReportedWithTheOnesItHas(String order, Supplier<List<Processor>> processors) {
        JavaFileObject workflow = chargeAndRoute("$.receipt.totl > 10");
        Compilation compilation = Compiler.javac().withProcessors(processors.get())
                .compile(workflow, LOMBOK_ORDER, LOMBOK_RECEIPT);

        assertThat(compilation).hadErrorContaining("[UnknownField] \"$.receipt.totl\": Receipt has no property"
                + " \"totl\"; it has order_id, total").inFile(workflow).onLineContaining("$.receipt.totl");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processorOrders")
    void aLombokClassIsAWorkflowInputWithTheGettersLombokWrites(String order, Supplier<List<Processor>> processors)
            throws Exception {
        Compilation compilation = Compiler.javac().withProcessors(processors.get())
                .compile(Sources.type("Sample", """
                        @Workflow(input = Order.class)
                        public class Sample {
                            @Task(resource = %s) @ResultPath("$.count")
                            int count(@From("$.quantity") int quantity) { return quantity; }
                            @Succeed void done() {}
                        }
                        """.formatted(LAMBDA)), LOMBOK_ORDER);

        assertThat(compilation).succeeded();
        assertThat(Sources.nestedRecord(compilation, "test.SampleWorkflow", "Input"))
                .contains("String id", "int quantity");
    }

    @Test
    void aStateSignatureNamingClassesImmutablesGeneratesCompilesAndRuns() throws Exception {
        JavaFileObject order = Sources.type("Order", """
                import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
                import com.fasterxml.jackson.databind.annotation.JsonSerialize;
                import org.immutables.value.Value;

                @Value.Immutable
                @JsonSerialize(as = ImmutableOrder.class)
                @JsonDeserialize(as = ImmutableOrder.class)
                public interface Order {
                    String id();
                    int quantity();
                }
                """);
        JavaFileObject receipt = Sources.type("Receipt", """
                import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
                import com.fasterxml.jackson.databind.annotation.JsonSerialize;
                import org.immutables.value.Value;

                @Value.Immutable
                @JsonSerialize(as = ImmutableReceipt.class)
                @JsonDeserialize(as = ImmutableReceipt.class)
                public abstract class Receipt {
                    public abstract String orderId();
                    public abstract int total();
                }
                """);
        JavaFileObject workflow = Sources.workflow("""
                    @Task(resource = %s) @ResultPath("$.receipt")
                    ImmutableReceipt charge(@From("$.order") ImmutableOrder order) {
                        return ImmutableReceipt.builder().orderId(order.id()).total(order.quantity() * 2).build();
                    }
                    @Choice @When(test = "$.receipt.total > 10", next = "big") @Default("small") void route() {}
                    @Pass(result = "\\"big\\"") @ResultPath("$.size") @End void big() {}
                    @Pass(result = "\\"small\\"") @ResultPath("$.size") void small() {}
                """.formatted(LAMBDA));

        Compilation compilation = Compiler.javac().withProcessors(new WorkflowProcessor(), new ProxyProcessor())
                .compile(workflow, order, receipt);

        assertThat(compilation).succeeded();
        assertThat(Sources.nestedRecord(compilation, "test.SampleWorkflow", "Input")).contains("ImmutableOrder order");
        JsonNode output = run(compilation, "{\"order\": {\"id\": \"o-2\", \"quantity\": 3}}");
        assertThat(output.at("/receipt/orderId").asText()).isEqualTo("o-2");
        assertThat(output.at("/size").asText()).isEqualTo("small");
    }

    /** Lombok's processor, as javac finds it on the processor path: its class is hidden from source. */
    private static Processor lombokProcessor() {
        try {
            var constructor = Class.forName("lombok.launch.AnnotationProcessorHider$AnnotationProcessor")
                    .getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Processor) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Charges the order into {@code $.receipt}, then sets {@code $.size} to "big" when {@code test} holds. */
    private static JavaFileObject chargeAndRoute(String test) {
        return Sources.workflow("""
                    @Task(resource = %s) @ResultPath("$.receipt")
                    Receipt charge(@From("$.order") Order order) {
                        return Receipt.builder().orderId(order.getId()).total(order.getQuantity() * 2).build();
                    }
                    @Choice @When(test = "%s", next = "big") @Default("small") void route() {}
                    @Pass(result = "\\"big\\"") @ResultPath("$.size") @End void big() {}
                    @Pass(result = "\\"small\\"") @ResultPath("$.size") void small() {}
                """.formatted(LAMBDA, test));
    }

    /** Runs the compiled {@code test.Sample} on the local runtime; Jackson converts the types Task methods take. */
    private static JsonNode run(Compilation compilation, String input) throws Exception {
        var classes = new GeneratedClasses(compilation);
        Class<?> sample = classes.loadClass("test.Sample");
        Class<?> workflow = classes.loadClass("test.SampleWorkflow");
        var spec = (WorkflowSpec) workflow.getMethod("bind", sample)
                .invoke(null, sample.getDeclaredConstructor().newInstance());
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution run = runtime.start(spec, JSON.readTree(input)).await();
        assertThat(run.status()).as("history: %s", run.history()).isEqualTo(ExecutionStatus.SUCCEEDED);
        return run.output();
    }
}
