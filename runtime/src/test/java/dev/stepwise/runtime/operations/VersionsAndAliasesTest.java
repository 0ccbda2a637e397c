package dev.stepwise.runtime.operations;

import static dev.stepwise.runtime.operations.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.versions.Route;
import dev.stepwise.runtime.versions.StateMachineAlias;
import dev.stepwise.runtime.versions.StateMachineVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Published versions, aliases with weighted routing, and what executions record about them. */
class VersionsAndAliasesTest {

    private static String tagging(String tag) {
        return "{'StartAt':'Tag','States':{'Tag':{'Type':'Pass','Result':'" + tag + "','End':true}}}";
    }

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).seed(42).build();

    @Test
    void publishingNumbersVersionsAndKeepsEachDefinition() {
        StateMachine first = runtime.load("Shop", json(tagging("v1")));
        StateMachineVersion v1 = runtime.publish(first, "first");
        StateMachineVersion v2 = runtime.publish(runtime.load("Shop", json(tagging("v2"))), "second");

        assertThat(v1.number()).isEqualTo(1);
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v1.arn()).isEqualTo(first.arn() + ":1");
        assertThat(runtime.start(v1, null, json("{}")).await().output()).isEqualTo(json("'v1'"));
        assertThat(runtime.start(v2, null, json("{}")).await().output()).isEqualTo(json("'v2'"));
        assertThat(runtime.versions(first)).containsExactly(v1, v2);
    }

    @Test
    void publishingAnUnchangedDefinitionReturnsTheLatestVersion() {
        StateMachineVersion v1 = runtime.publish(runtime.load("Same", json(tagging("x"))), null);
        assertThat(runtime.publish(runtime.load("Same", json(tagging("x"))), null)).isSameAs(v1);
    }

    @Test
    void publishingARevisionMakesANewVersionEvenOfAnUnchangedDefinition() {
        StateMachineVersion v1 = runtime.publish(runtime.load("Revised", json(tagging("x"))), null);
        StateMachineVersion v2 = runtime.publishRevision(runtime.load("Revised", json(tagging("x"))), "again");
        assertThat(v2.number()).isEqualTo(v1.number() + 1);
        assertThat(v2.description()).isEqualTo("again");
        assertThat(runtime.publish(v2.machine(), null)).isSameAs(v2);
    }

    @Test
    void executionStartedRecordsTheVersionOrAliasItCameThrough() {
        StateMachineVersion v1 = runtime.publish(runtime.load("Rec", json(tagging("v1"))), null);
        StateMachineAlias prod = runtime.createAlias("prod", "production", Route.to(v1, 100));

        HistoryEvent byVersion = runtime.start(v1, null, json("{}")).await().history().get(0);
        assertThat(byVersion.detail("stateMachineVersionArn").asText()).isEqualTo(v1.arn());
        assertThat(byVersion.detail("stateMachineAliasArn")).isNull();

        Execution throughAlias = runtime.start(prod, null, json("{}")).await();
        HistoryEvent byAlias = throughAlias.history().get(0);
        assertThat(prod.arn()).endsWith(":stateMachine:Rec:prod");
        assertThat(byAlias.detail("stateMachineAliasArn").asText()).isEqualTo(prod.arn());
        assertThat(byAlias.detail("stateMachineVersionArn").asText()).isEqualTo(v1.arn());
        assertThat(throughAlias.describe().aliasArn()).isEqualTo(prod.arn());
        assertThat(throughAlias.describe().stateMachineArn()).isEqualTo(v1.machine().arn());

        HistoryEvent unqualified = runtime.start(runtime.load("Rec", json(tagging("v1"))), null, json("{}"))
                .await().history().get(0);
        assertThat(unqualified.detail("stateMachineVersionArn")).isNull();
    }

    @Test
    void aCanaryAliasSplitsExecutionsByWeightRepeatablyUnderASeed() {
        List<String> first = canaryOutputs(LocalRuntime.builder().clock(Clocks.virtual()).seed(7).build());
        List<String> again = canaryOutputs(LocalRuntime.builder().clock(Clocks.virtual()).seed(7).build());

        assertThat(first).isEqualTo(again);
        long canary = first.stream().filter("new"::equals).count();
        assertThat(canary).isBetween(60L, 140L); // 10% of 1000
    }

    private static List<String> canaryOutputs(LocalRuntime runtime) {
        StateMachineVersion stable = runtime.publish(runtime.load("Canary", json(tagging("old"))), null);
        StateMachineVersion fresh = runtime.publish(runtime.load("Canary", json(tagging("new"))), null);
        StateMachineAlias live = runtime.createAlias("live", null, Route.to(stable, 90), Route.to(fresh, 10));
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            outputs.add(runtime.start(live, null, json("{}")).await().output().asText());
        }
        return outputs;
    }

    @Test
    void updatingAnAliasMovesNewExecutionsOnly() {
        StateMachineVersion v1 = runtime.publish(runtime.load("Move", json(tagging("v1"))), null);
        StateMachineVersion v2 = runtime.publish(runtime.load("Move", json(tagging("v2"))), null);
        StateMachineAlias alias = runtime.createAlias("current", null, Route.to(v1, 100));
        Execution before = runtime.start(alias, null, json("{}")).await();
        alias.update(List.of(Route.to(v2, 100)));
        assertThat(runtime.start(alias, null, json("{}")).await().output()).isEqualTo(json("'v2'"));
        assertThat(before.stateMachine()).isSameAs(v1.machine());
    }

    @Test
    void anExecutionKeepsItsVersionWhenANewerOneIsPublished() {
        AtomicBoolean broken = new AtomicBoolean(true);
        LocalRuntime flaky = LocalRuntime.builder().clock(Clocks.virtual()).stateHandler("Call", (in, ctx) -> {
            if (broken.get()) {
                throw new dev.stepwise.asl.error.StatesError("Down", null);
            }
            return in;
        }).build();
        String withCall = "{'StartAt':'Call','States':{'Call':{'Type':'Task','Resource':'" + Machines.FN
                + "','Next':'Tag'},'Tag':{'Type':'Pass','Result':'v1','End':true}}}";
        StateMachineVersion v1 = flaky.publish(flaky.load("Keep", json(withCall)), null);
        StateMachineAlias alias = flaky.createAlias("prod", null, Route.to(v1, 100));
        Execution execution = flaky.start(alias, null, json("{}")).await();

        StateMachineVersion v2 = flaky.publish(flaky.load("Keep", json(tagging("v2"))), null);
        alias.update(List.of(Route.to(v2, 100)));
        broken.set(false);

        assertThat(execution.redrive().await().output()).isEqualTo(json("'v1'"));
        assertThat(execution.describe().versionArn()).isEqualTo(v1.arn());
    }

    @Test
    void badRoutingIsRefusedWithAClearMessage() {
        StateMachineVersion v1 = runtime.publish(runtime.load("Bad", json(tagging("a"))), null);
        StateMachineVersion v2 = runtime.publish(runtime.load("Bad", json(tagging("b"))), null);
        StateMachineVersion other = runtime.publish(runtime.load("Other", json(tagging("c"))), null);

        assertThatThrownBy(() -> runtime.createAlias("a", null, Route.to(v1, 50), Route.to(v2, 40)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Sum of routing configuration weights must equal 100. Received: [50, 40]");
        assertThatThrownBy(() -> runtime.createAlias("b", null, Route.to(v1, 50), Route.to(other, 50)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another state machine");
        assertThatThrownBy(() -> runtime.createAlias("c", null, Route.to(v1, 50), Route.to(v1, 50)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Routing configuration must contain distinct "
                        + "state machine version ARNs. Received: [" + v1.arn() + ", " + v1.arn() + "]");
        assertThatThrownBy(() -> runtime.createAlias("123", null, Route.to(v1, 100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alias name");
        runtime.createAlias("taken", null, Route.to(v1, 100));
        assertThatThrownBy(() -> runtime.createAlias("taken", null, Route.to(v2, 100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> Route.to(v1, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
