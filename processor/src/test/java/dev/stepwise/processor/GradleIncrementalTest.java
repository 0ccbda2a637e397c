package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What Gradle's incremental compilation is told about the processor. An isolating processor must decide about a
 * workflow from what its source reaches; Gradle then reprocesses a workflow only when that changes, so a decision
 * taken on another file goes stale. The processor's findings do depend on other files of the compilation (the
 * subclasses of an open class it shows), so it is aggregating: Gradle reprocesses the workflows on any change.
 */
class GradleIncrementalTest {

    private static final String DECLARATION = "META-INF/gradle/incremental.annotation.processors";

    private static final JavaFileObject ANIMAL = Sources.type("Animal", "public class Animal { public String name; }");
    private static final JavaFileObject DOG = Sources.type("Dog", "public class Dog extends Animal { public String breed; }");
    private static final JavaFileObject WORKFLOW = Sources.workflow("""
                @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:f") @ResultPath("$.pet")
                Animal adopt() { return null; }
                @Choice @When(test = "$.pet.breed == 'collie'", next = "done") @Default("done") void route() {}
                @Succeed void done() {}
            """);

    @Test
    void aWorkflowsFindingsDependOnAFileItDoesNotReachSoGradleIsToldTheProcessorAggregates() throws IOException {
        // nothing in the workflow's source names Dog: only the compilation shows it
        Compilation withSubclass = Sources.compile(WORKFLOW, ANIMAL, DOG);
        Compilation withoutSubclass = Sources.compile(WORKFLOW, ANIMAL);

        assertThat(withSubclass).succeededWithoutWarnings();
        assertThat(withoutSubclass).hadWarningContaining("[UnknownFieldOfOpenClass] \"$.pet.breed\"");
        assertThat(declaration()).isEqualTo(WorkflowProcessor.class.getName() + ",aggregating");
    }

    private static String declaration() throws IOException {
        try (InputStream in = WorkflowProcessor.class.getClassLoader().getResourceAsStream(DECLARATION)) {
            assertThat(in).as(DECLARATION).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
