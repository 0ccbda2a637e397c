package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.workflow.WorkflowSpec;
import java.util.Map;
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
