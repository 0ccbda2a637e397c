package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.stepwise.runtime.LocalRuntime;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor checks what it writes with the ASL core's validator: what AWS accepts compiles and loads in the
 * runtime, what AWS rejects is a compile error on the attribute that wrote it, wherever that attribute is.
 */
class DefinitionRulesTest {

    private static final String LAMBDA = "\"arn:aws:lambda:us-east-1:123456789012:function:f\"";

    private static JsonNode asl(Compilation compilation, String workflow) throws IOException {
        return new ObjectMapper().readTree(GenerationTest.asl(compilation, "META-INF/stepwise/test." + workflow + ".asl.json"));
    }

    @Test
    void aRetryIntervalOfZeroCompilesAsAwsAcceptsItAndTheRuntimeLoadsIt() throws IOException {
        Compilation compilation = Sources.compile(Sources.type("Sample", """
                @Workflow
                public class Sample {
                    @Task(resource = %s)
                    @Retry(errors = "Custom", intervalSeconds = 0)
                    void call() {}
                    @Succeed void done() {}
                }
                """.formatted(LAMBDA)));

        assertThat(compilation).succeededWithoutWarnings();
        JsonNode definition = asl(compilation, "Sample");
        assertThat(definition.at("/States/call/Retry/0/IntervalSeconds").asInt()).isZero();
        assertThat(LocalRuntime.builder().build().load(definition)).isNotNull();
    }

    @Test
    void aProblemInsideAFlowIsReportedOnTheFlowsAttribute() {
        JavaFileObject branch = Sources.type("Refund", """
                @Flow
                public class Refund {
                    @Task(resource = %s)
                    @Retry(errors = "Custom",
                           maxDelaySeconds = 40_000_000)
                    void refund() {}
                }
                """.formatted(LAMBDA));
        Compilation compilation = Sources.compile(Sources.type("Sample", """
                @Workflow
                public class Sample {
                    @Parallel(branches = Refund.class) void both() {}
                    @Succeed void done() {}
                }
                """), branch);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("The field 'MaxDelaySeconds' must be an integer from 1 to 31622400,"
                + " but is 40000000 (at /States/both/Branches/0/States/refund/Retry/0/MaxDelaySeconds)")
                .inFile(branch).onLineContaining("maxDelaySeconds = 40_000_000");
    }

    @Test
    void aFieldHoldingAPlaceholderIsLeftToTheDeploymentThatSubstitutesIt() throws IOException {
        Compilation compilation = Sources.compile(Sources.type("Sample", """
                @Workflow
                public class Sample {
                    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:${ChargeFunction}")
                    void call() {}
                    @Succeed void done() {}
                }
                """));

        assertThat(compilation).succeeded();
        assertThat(asl(compilation, "Sample").at("/States/call/Resource").asText()).contains("${ChargeFunction}");
    }

    @Test
    void aNumberThatIsNotANumberIsRefusedAsAwsRefusesTheStringJacksonWritesForIt() {
        Compilation compilation = Sources.compile(Sources.type("Sample", """
                @Workflow
                public class Sample {
                    @Task(resource = %s)
                    @Retry(errors = "Custom", backoffRate = Double.NaN)
                    void call() {}
                    @Succeed void done() {}
                }
                """.formatted(LAMBDA)));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("The field 'BackoffRate' must be a number >= 1, but is NaN")
                .inFile(compilation.sourceFiles().get(0)).onLineContaining("backoffRate = Double.NaN");
    }
}
