package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.StateMachineType;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Runtimes of one process share the plan of an equal definition instead of validating and compiling it again. */
class CompiledPlansTest {

    private static JsonNode definition(String result) {
        return json("{'StartAt':'P','States':{'P':{'Type':'Pass','Result':'" + result + "','End':true}}}");
    }

    @Test
    void aSecondRuntimeLoadingAnEqualDefinitionTakesTheSamePlan() {
        String tag = "shared-" + System.nanoTime();
        StateMachine first = LocalRuntime.builder().build().load(definition(tag));
        StateMachine second = LocalRuntime.builder().build().load(definition(tag));

        assertThat(second.plan()).isSameAs(first.plan());
        assertThat(LocalRuntime.builder().build().load(definition(tag + "-other")).plan()).isNotSameAs(first.plan());
    }

    @Test
    void theSameTextLoadedAgainTakesThePlanOfItsFirstLoadAsAnEqualTreeDoes() {
        String tag = "text-" + System.nanoTime();
        String text = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\"" + tag
                + "\",\"End\":true}}}";
        StateMachine first = LocalRuntime.builder().build().load(text);
        LocalRuntime second = LocalRuntime.builder().build();

        assertThat(second.load(new String(text.toCharArray())).plan()).isSameAs(first.plan());
        assertThat(second.load(definition(tag)).plan()).isSameAs(first.plan());
        assertThat(second.load(text + " ").plan()).isSameAs(first.plan()); // other text, an equal tree
        assertThat(second.start(second.load(text), json("{}")).await().output().asText()).isEqualTo(tag);
    }

    @Test
    void invalidTextIsRejectedEveryTime() {
        for (String text : new String[] {"{\"StartAt\":\"Nowhere\",\"States\":{}}", "{\"StartAt\":", ""}) {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> LocalRuntime.builder().build().load(text))
                        .isInstanceOf(InvalidDefinitionException.class);
            }
        }
    }

    @Test
    void theMachineTypeAndTheValidationSettingArePartOfTheKey() {
        String tag = "typed-" + System.nanoTime();
        LocalRuntime runtime = LocalRuntime.builder().build();
        StateMachine standard = runtime.load("a", definition(tag), StateMachineType.STANDARD);

        assertThat(runtime.load("b", definition(tag), StateMachineType.EXPRESS).plan().flow())
                .isNotSameAs(standard.plan().flow());
        assertThat(LocalRuntime.builder().validateDefinitions(false).build().load(definition(tag)).plan())
                .isNotSameAs(standard.plan());
    }

    @Test
    void changingTheLoadedTreeAfterwardsChangesNothingShared() {
        String tag = "mutated-" + System.nanoTime();
        ObjectNode tree = (ObjectNode) definition(tag);
        StateMachine first = LocalRuntime.builder().build().load(tree);
        ((ObjectNode) tree.path("States").path("P")).put("Result", "changed");

        StateMachine changed = LocalRuntime.builder().build().load(tree);

        assertThat(changed.plan()).isNotSameAs(first.plan());
        assertThat(LocalRuntime.builder().build().start(changed, json("{}")).await().output().asText())
                .isEqualTo("changed");
    }

    @Test
    void anInvalidDefinitionIsRejectedEveryTime() {
        JsonNode invalid = json("{'StartAt':'Nowhere','States':{'P':{'Type':'Pass','End':true}}}");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> LocalRuntime.builder().build().load(invalid))
                    .isInstanceOf(InvalidDefinitionException.class);
        }
    }

    @Test
    void aRuntimeWithChecksOfItsOwnRunsThemOnEveryLoad() {
        String tag = "checked-" + System.nanoTime();
        LocalRuntime.builder().build().load(definition(tag));
        AtomicInteger checked = new AtomicInteger();
        LocalRuntime strict = LocalRuntime.builder().definitionCheck(tree -> {
            checked.incrementAndGet();
            return List.of();
        }).build();

        strict.load(definition(tag));
        strict.load(definition(tag));

        assertThat(checked).hasValue(2);
    }
}
