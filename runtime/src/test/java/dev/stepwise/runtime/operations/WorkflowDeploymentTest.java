package dev.stepwise.runtime.operations;

import static dev.stepwise.runtime.operations.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.versions.Route;
import dev.stepwise.runtime.versions.StateMachineAlias;
import dev.stepwise.runtime.versions.StateMachineVersion;
import dev.stepwise.workflow.TaskMethod;
import dev.stepwise.workflow.WorkflowMetadata;
import dev.stepwise.workflow.WorkflowSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Generated workflows bound to their methods across versions and aliases, and deployments as @Publish declares. */
class WorkflowDeploymentTest {

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).seed(11).build();

    /** A WorkflowSpec as the processor generates one, with a single Task state "Work" run by {@code work}. */
    private record Spec(String name, String definition, WorkflowMetadata metadata, Map<String, TaskMethod> tasks)
            implements WorkflowSpec {
    }

    private static Spec release(String comment, WorkflowMetadata.Publication publication, String answer) {
        String definition = ("{'Comment':'" + comment + "','StartAt':'Work','States':{'Work':{'Type':'Task',"
                + "'Resource':'" + Machines.FN + "','End':true}}}").replace('\'', '"');
        WorkflowMetadata metadata = new WorkflowMetadata("STANDARD", 0, Map.of(), "OFF", false, null, false, null,
                publication);
        return new Spec("Shipping", definition, metadata, Map.of("Work", input -> "\"" + answer + "\""));
    }

    private static WorkflowMetadata.Publication gradual(String deployment, int percentage) {
        return new WorkflowMetadata.Publication("live", "shipping release", deployment, percentage, 5, List.of());
    }

    @Test
    void aBoundWorkflowRunsItsMethodsWhenStartedThroughAVersionOrAnAlias() {
        StateMachine machine = runtime.load(release("r1", null, "from the method"));
        StateMachineVersion version = runtime.publish(machine, "first");
        StateMachineAlias alias = runtime.createAlias("prod", null, Route.to(version, 100));

        assertThat(runtime.start(machine, null, json("{}")).await().output()).isEqualTo(json("'from the method'"));
        assertThat(runtime.start(version, null, json("{}")).await().output()).isEqualTo(json("'from the method'"));
        assertThat(runtime.start(alias, null, json("{}")).await().output()).isEqualTo(json("'from the method'"));
    }

    /** A typed input, as the generated {@code Input} records are. */
    record Parcel(String id, int weight) {
    }

    @Test
    void aTypedInputStartsThroughAnAliasAsTheJsonJacksonWritesForIt() {
        StateMachineAlias alias = runtime.createAlias("prod", null,
                Route.to(runtime.publish(runtime.load(release("r1", null, "done")), null), 100));

        Execution run = runtime.start(alias, "typed", new Parcel("p-1", 3)).await();

        assertThat(run.input()).isEqualTo(json("{'id': 'p-1', 'weight': 3}"));
        assertThat(run.describe().aliasArn()).isEqualTo(alias.arn());
        assertThat(runtime.start(alias, "tree", (Object) json("{'id': 'p-2'}")).await().input())
                .as("a JsonNode given as Object is taken as is").isEqualTo(json("{'id': 'p-2'}"));
    }

    @Test
    void aHandlerRegisteredOnTheRuntimeStillWinsOverTheBoundMethod() {
        LocalRuntime mocking = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("Work", (input, context) -> json("'mocked'")).build();
        StateMachineVersion version = mocking.publish(mocking.load(release("r1", null, "real")), null);

        assertThat(mocking.start(version, null, json("{}")).await().output()).isEqualTo(json("'mocked'"));
    }

    @Test
    void theFirstDeploymentCreatesTheAliasOnTheNewVersionWithTheDeclaredDescription() {
        StateMachineAlias live = runtime.deploy(release("r1", gradual("CANARY", 10), "one"));

        assertThat(live.name()).isEqualTo("live");
        assertThat(live.arn()).endsWith(":stateMachine:Shipping:live");
        assertThat(live.description()).isEqualTo("shipping release");
        assertThat(weights(live)).containsExactly("Shipping:1=100");
        assertThat(live.routes().get(0).version().description()).isEqualTo("shipping release");
    }

    @Test
    void aCanaryDeploymentSendsItsFirstIncrementToTheNewVersionAndTheRestToThePreviousOne() {
        StateMachineAlias live = runtime.deploy(release("r1", gradual("CANARY", 10), "one"));
        StateMachineAlias again = runtime.deploy(release("r2", gradual("CANARY", 10), "two"));

        assertThat(again).isSameAs(live);
        assertThat(weights(live)).containsExactly("Shipping:2=10", "Shipping:1=90");
        long onCanary = IntStream.range(0, 500)
                .mapToObj(i -> runtime.start(live, null, json("{}")).await().output().asText())
                .filter("two"::equals).count();
        assertThat(onCanary).as("about 10% of 500").isBetween(25L, 75L);
    }

    @Test
    void aLinearDeploymentStartsLikeACanaryAndAllAtOnceMovesEverything() {
        runtime.deploy(release("r1", gradual("LINEAR", 20), "one"));
        assertThat(weights(runtime.deploy(release("r2", gradual("LINEAR", 20), "two"))))
                .containsExactly("Shipping:2=20", "Shipping:1=80");
        assertThat(weights(runtime.deploy(release("r3", gradual("ALL_AT_ONCE", 0), "three"))))
                .containsExactly("Shipping:3=100");
    }

    @Test
    void redeployingAnUnchangedWorkflowKeepsItsVersionAndRoutesEverythingToIt() {
        runtime.deploy(release("r1", gradual("CANARY", 10), "one"));
        StateMachineAlias live = runtime.deploy(release("r1", gradual("CANARY", 10), "one"));

        assertThat(weights(live)).containsExactly("Shipping:1=100");
    }

    @Test
    void fixedRoutingWeighsTheNamedVersionAgainstTheNewOne() {
        StateMachineVersion first = runtime.deploy(release("r1", gradual("ALL_AT_ONCE", 0), "one")).routes().get(0)
                .version();
        WorkflowMetadata.Publication split = new WorkflowMetadata.Publication("live", null, "ALL_AT_ONCE", 0, 0,
                List.of(new WorkflowMetadata.Route(first.arn(), 70), new WorkflowMetadata.Route(null, 30)));

        assertThat(weights(runtime.deploy(release("r2", split, "two")))).containsExactly("Shipping:1=70",
                "Shipping:2=30");
    }

    @Test
    void aRoutingToAnUnknownVersionOrAWorkflowWithoutPublishIsRefused() {
        String unknown = "arn:aws:states:us-east-1:123456789012:stateMachine:Shipping:9";
        WorkflowMetadata.Publication split = new WorkflowMetadata.Publication("live", null, "ALL_AT_ONCE", 0, 0,
                List.of(new WorkflowMetadata.Route(unknown, 50), new WorkflowMetadata.Route(null, 50)));

        assertThatThrownBy(() -> runtime.deploy(release("r1", split, "one")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(unknown + ", which this runtime");
        assertThatThrownBy(() -> runtime.deploy(release("r1", null, "one")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workflow Shipping declares no @Publish to deploy");
    }

    private static List<String> weights(StateMachineAlias alias) {
        return alias.routes().stream().map(r -> r.version().arn().substring(r.version().arn().indexOf("Shipping"))
                + "=" + r.weight()).toList();
    }
}
