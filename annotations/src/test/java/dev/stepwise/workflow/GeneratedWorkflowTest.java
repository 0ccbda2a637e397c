package dev.stepwise.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratedWorkflowTest {

    private static final WorkflowMetadata METADATA =
            new WorkflowMetadata("STANDARD", 0, Map.of(), "OFF", false, null, false, null, null);

    /** Shaped like generated code: a switch over the Task states it binds. */
    static final class Greeting extends GeneratedWorkflow {

        Greeting(String... taskNames) {
            super("Greeting", "{\"StartAt\": \"greet\"}", METADATA, taskNames);
        }

        @Override
        protected String invoke(String task, String input) throws Exception {
            return switch (task) {
                case "greet" -> "\"hello " + input + "\"";
                case "fail" -> throw new IllegalStateException("boom");
                default -> super.invoke(task, input);
            };
        }
    }

    @Test
    void anUnboundSpecHasItsConstantsAndNoTasks() {
        Greeting unbound = new Greeting();

        assertThat(unbound.name()).isEqualTo("Greeting");
        assertThat(unbound.definition()).isEqualTo("{\"StartAt\": \"greet\"}");
        assertThat(unbound.metadata()).isSameAs(METADATA);
        assertThat(unbound.tasks()).isEmpty();
    }

    @Test
    void eachNamedTaskRunsThroughInvokeInDeclarationOrder() throws Exception {
        Greeting bound = new Greeting("greet", "fail");

        assertThat(bound.tasks()).containsOnlyKeys("greet", "fail");
        assertThat(bound.tasks().keySet()).containsExactly("greet", "fail");
        assertThat(bound.tasks().get("greet").invoke("Ada")).isEqualTo("\"hello Ada\"");
        assertThatThrownBy(() -> bound.tasks().get("fail").invoke("{}")).hasMessage("boom");
    }

    @Test
    void anotherDefinitionKeepsTheNameMetadataAndBoundMethods() throws Exception {
        Greeting bound = new Greeting("greet");

        WorkflowSpec previous = bound.withDefinition("{\"StartAt\": \"greet\", \"Comment\": \"v1\"}");

        assertThat(previous.definition()).isEqualTo("{\"StartAt\": \"greet\", \"Comment\": \"v1\"}");
        assertThat(previous.name()).isEqualTo("Greeting");
        assertThat(previous.metadata()).isSameAs(METADATA);
        assertThat(previous.tasks().get("greet").invoke("Ada")).isEqualTo("\"hello Ada\"");
        assertThat(bound.definition()).isEqualTo("{\"StartAt\": \"greet\"}");
    }

    @Test
    void aNameTheSwitchDoesNotBindFailsClearly() {
        Greeting bound = new Greeting("greet", "missing");

        assertThatThrownBy(() -> bound.tasks().get("missing").invoke("{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Greeting binds no Task state named 'missing'");
    }

    @Test
    void theTaskMapCannotBeChanged() {
        Greeting bound = new Greeting("greet");

        assertThatThrownBy(() -> bound.tasks().put("other", input -> input))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
