package dev.stepwise.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.stepwise.processor.WorkflowProcessor;
import dev.stepwise.runtime.LocalRuntime;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The processor checks what it writes with the ASL core's validator: what AWS accepts compiles and loads in the
 * runtime, what AWS rejects is a compile error on the attribute that wrote it, wherever that attribute is.
 */
class DefinitionRulesTest {

    private static final String HEADER = "package test;\n\nimport dev.stepwise.annotations.*;\n\n";
    private static final String LAMBDA = "\"arn:aws:lambda:us-east-1:123456789012:function:f\"";

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new WorkflowProcessor()).withOptions("-parameters").compile(sources);
    }

    private static JavaFileObject source(String name, String body) {
        return JavaFileObjects.forSourceString("test." + name, HEADER + body);
    }

    private static JsonNode asl(Compilation compilation, String workflow) throws IOException {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
                "META-INF/stepwise/test." + workflow + ".asl.json").orElseThrow();
        return new ObjectMapper().readTree(file.getCharContent(true).toString());
    }

    @Test
    void aRetryIntervalOfZeroCompilesAsAwsAcceptsItAndTheRuntimeLoadsIt() throws IOException {
        Compilation compilation = compile(source("Sample", """
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
        JavaFileObject branch = source("Refund", """
                @Flow
                public class Refund {
                    @Task(resource = %s)
                    @Retry(errors = "Custom",
                           maxDelaySeconds = 40_000_000)
                    void refund() {}
                }
                """.formatted(LAMBDA));
        Compilation compilation = compile(source("Sample", """
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
        Compilation compilation = compile(source("Sample", """
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
        Compilation compilation = compile(source("Sample", """
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
