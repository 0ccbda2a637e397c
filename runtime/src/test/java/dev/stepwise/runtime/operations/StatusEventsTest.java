package dev.stepwise.runtime.operations;

import static dev.stepwise.runtime.operations.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.StateMachineType;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.StateMachine;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.events.ExecutionListener;
import dev.stepwise.runtime.events.ExecutionStatusChange;
import dev.stepwise.runtime.events.PrintingEventListener;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.versions.Route;
import dev.stepwise.runtime.versions.StateMachineAlias;
import dev.stepwise.runtime.versions.StateMachineVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** EventBridge-shaped status change events, and history events for progress listeners. */
class StatusEventsTest {

    private final List<ExecutionStatusChange> changes = new CopyOnWriteArrayList<>();
    private final List<HistoryEvent> progress = new CopyOnWriteArrayList<>();

    private final ExecutionListener recorder = new ExecutionListener() {
        @Override
        public void statusChanged(ExecutionStatusChange change) {
            changes.add(change);
        }

        @Override
        public void eventRecorded(String executionArn, HistoryEvent event) {
            progress.add(event);
        }
    };

    private static final String PASS = "{'StartAt':'P','States':{'P':{'Type':'Pass','Result':{'r':1},'End':true}}}";

    @Test
    void aRunAnnouncesRunningThenItsFinalStatusInEventBridgesShape() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).listener(recorder).build();
        Execution execution = runtime.start(runtime.load("Greeter", json(PASS)), "e1", json("{'in':1}")).await();

        assertThat(changes).extracting(ExecutionStatusChange::status)
                .containsExactly(ExecutionStatus.RUNNING, ExecutionStatus.SUCCEEDED);
        ObjectNode running = changes.get(0).toEventBridgeJson();
        assertThat(running.get("source").asText()).isEqualTo("aws.states");
        assertThat(running.get("detail-type").asText()).isEqualTo("Step Functions Execution Status Change");
        assertThat(running.get("resources").get(0).asText()).isEqualTo(execution.arn());
        assertThat(running.get("detail").get("status").asText()).isEqualTo("RUNNING");
        assertThat(running.get("detail").get("stopDate").isNull()).isTrue();
        assertThat(running.get("detail").get("input").asText()).isEqualTo("{\"in\":1}");

        ObjectNode detail = (ObjectNode) changes.get(1).toEventBridgeJson().get("detail");
        assertThat(detail.get("executionArn").asText()).isEqualTo(execution.arn());
        assertThat(detail.get("stateMachineArn").asText()).isEqualTo(execution.stateMachine().arn());
        assertThat(detail.get("name").asText()).isEqualTo("e1");
        assertThat(detail.get("startDate").asLong()).isEqualTo(execution.startDate().toEpochMilli());
        assertThat(detail.get("stopDate").asLong()).isEqualTo(execution.stopDate().toEpochMilli());
        assertThat(detail.get("output").asText()).isEqualTo("{\"r\":1}");
    }

    @Test
    void failuresAndRedrivesAreAnnouncedToo() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).listener(recorder).build();
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'F','States':{'F':{'Type':'Fail',"
                + "'Error':'E','Cause':'C'}}}")), json("{}")).await();
        execution.redrive().await();

        assertThat(changes).extracting(ExecutionStatusChange::status).containsExactly(ExecutionStatus.RUNNING,
                ExecutionStatus.FAILED, ExecutionStatus.RUNNING, ExecutionStatus.FAILED);
        assertThat(changes.get(1).error()).isEqualTo("E");
        assertThat(changes.get(1).toEventBridgeJson().get("detail").get("cause").asText()).isEqualTo("C");
        assertThat(changes.get(3).redriveCount()).isEqualTo(1);
        assertThat(changes.get(3).redriveDate()).isNotNull();
    }

    /**
     * AWS's EventBridge guide: the event's detail "provides the same information as the DescribeExecution API", so
     * its redrive status and reason are DescribeExecution's as of that change: a running or succeeded execution
     * cannot be redriven, nor one that failed at the history's event limit.
     */
    @Test
    void eachEventSaysWhetherAndWhyNotTheExecutionCanBeRedrivenAsDescribeExecutionWould() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).listener(recorder).build();
        Execution succeeded = runtime.start(runtime.load(json(PASS)), json("{}")).await();
        Execution failed = runtime.start(runtime.load(json("{'StartAt':'F','States':{'F':{'Type':'Fail',"
                + "'Error':'E'}}}")), json("{}")).await();
        // 2 events for Init, 4 per loop: the 25,000-event limit ends it FAILED, and no redrive may follow
        Execution full = runtime.start(runtime.load(json("{'StartAt':'Init','States':{"
                + "'Init':{'Type':'Pass','Result':{'n':0},'Next':'Inc'},"
                + "'Inc':{'Type':'Pass','Parameters':{'n.$':'States.MathAdd($.n, 1)'},'Next':'Check'},"
                + "'Check':{'Type':'Choice','Choices':[{'Variable':'$.n','NumericLessThan':10000,'Next':'Inc'}],"
                + "'Default':'Done'},'Done':{'Type':'Succeed'}}}")), json("{}")).await();

        assertThat(changes).hasSize(6);
        for (ExecutionStatusChange change : List.of(changes.get(0), changes.get(2), changes.get(4))) {
            assertRedriveStatus(change, "NOT_REDRIVABLE", "Execution is RUNNING and cannot be redriven");
        }
        assertRedriveStatus(changes.get(1), succeeded.redriveStatus().status(), succeeded.redriveStatus().reason());
        assertThat(succeeded.redriveStatus().reason()).isEqualTo("Execution is SUCCEEDED and cannot be redriven");
        assertRedriveStatus(changes.get(3), "REDRIVABLE", null);
        assertThat(failed.redriveStatus().status()).isEqualTo("REDRIVABLE");
        assertThat(full.status()).isEqualTo(ExecutionStatus.FAILED);
        assertRedriveStatus(changes.get(5), "NOT_REDRIVABLE", "Execution history event limit exceeded");
        assertThat(full.redriveStatus().reason()).isEqualTo("Execution history event limit exceeded");
    }

    private static void assertRedriveStatus(ExecutionStatusChange change, String status, String reason) {
        ObjectNode detail = (ObjectNode) change.toEventBridgeJson().get("detail");
        assertThat(detail.get("redriveStatus").asText()).isEqualTo(status);
        assertThat(detail.has("redriveStatusReason")).isTrue();
        assertThat(detail.get("redriveStatusReason").isNull() ? null : detail.get("redriveStatusReason").asText())
                .isEqualTo(reason);
    }

    /** DescribeExecution's version and alias ARNs, which the event's detail carries too ({@code null} for none). */
    @Test
    void eventsOfAnExecutionStartedThroughAnAliasNameItsVersionAndAlias() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).listener(recorder).build();
        StateMachine machine = runtime.load("Aliased", json(PASS));
        StateMachineVersion version = runtime.publish(machine, null);
        StateMachineAlias alias = runtime.createAlias("live", null, Route.to(version, 100));
        Execution execution = runtime.start(alias, "through-alias", json("{}")).await();
        runtime.start(machine, "direct", json("{}")).await();

        assertThat(changes).hasSize(4);
        for (ExecutionStatusChange change : changes.subList(0, 2)) {
            ObjectNode detail = (ObjectNode) change.toEventBridgeJson().get("detail");
            assertThat(detail.get("stateMachineVersionArn").asText())
                    .isEqualTo(execution.describe().versionArn()).isEqualTo(version.arn());
            assertThat(detail.get("stateMachineAliasArn").asText())
                    .isEqualTo(execution.describe().aliasArn()).isEqualTo(alias.arn());
        }
        ObjectNode direct = (ObjectNode) changes.get(3).toEventBridgeJson().get("detail");
        assertThat(direct.get("stateMachineVersionArn").isNull()).isTrue();
        assertThat(direct.get("stateMachineAliasArn").isNull()).isTrue();
    }

    /** AWS's EventBridge guide: "Express Workflows do not emit events to EventBridge". */
    @Test
    void expressExecutionsAnnounceNoStatusChangeButStillReportTheirEvents() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).listener(recorder).build();
        Execution execution = runtime.start(runtime.load("Quick", json(PASS), StateMachineType.EXPRESS),
                json("{}")).await();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(changes).isEmpty();
        assertThat(progress).extracting(HistoryEvent::type).isEqualTo(Machines.types(execution));
    }

    /**
     * AWS's guide, "EventBridge payloads": when the escaped input and output together pass 248 KB the input is left
     * out, and an escaped output past 248 KB is left out too, {@code inputDetails}/{@code outputDetails} saying so.
     */
    @Test
    void payloadsTooLargeForEventBridgeAreLeftOutAndMarkedSo() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).listener(recorder).build();
        String half = "x".repeat(130 * 1024);
        runtime.start(runtime.load(json("{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}")),
                json("{'text':'" + half + "'}")).await();

        ObjectNode running = (ObjectNode) changes.get(0).toEventBridgeJson().get("detail");
        assertThat(running.get("input").asText()).contains(half);
        assertThat(running.get("inputDetails").get("included").asBoolean()).isTrue();
        assertThat(running.get("outputDetails").isNull()).isTrue();
        ObjectNode succeeded = (ObjectNode) changes.get(1).toEventBridgeJson().get("detail");
        assertThat(succeeded.get("input").isNull()).isTrue();
        assertThat(succeeded.get("inputDetails").get("included").asBoolean()).isFalse();
        assertThat(succeeded.get("output").asText()).contains(half);
        assertThat(succeeded.get("outputDetails").get("included").asBoolean()).isTrue();

        changes.clear();
        // 100,000 quotes: 200 KB of JSON text, 400 KB once escaped inside the event
        runtime.start(runtime.load(json("{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}}")),
                Json.NODES.objectNode().put("quotes", "\"".repeat(100_000))).await();
        ObjectNode quoted = (ObjectNode) changes.get(1).toEventBridgeJson().get("detail");
        assertThat(quoted.get("output").isNull()).isTrue();
        assertThat(quoted.get("outputDetails").get("included").asBoolean()).isFalse();
        assertThat(quoted.get("inputDetails").get("included").asBoolean()).isFalse();
    }

    @Test
    void progressListenersSeeEveryHistoryEventInOrder() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).listener(recorder).build();
        Execution execution = runtime.start(runtime.load(json(PASS)), json("{}")).await();
        assertThat(progress).extracting(HistoryEvent::type).isEqualTo(Machines.types(execution));
    }

    @Test
    void progressListenersWorkWithoutKeptHistory() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).keepHistory(false).listener(recorder)
                .build();
        Execution execution = runtime.start(runtime.load(json(PASS)), json("{}")).await();
        assertThat(execution.history()).isEmpty();
        assertThat(progress).extracting(HistoryEvent::type).containsExactly("ExecutionStarted", "PassStateEntered",
                "PassStateExited", "ExecutionSucceeded");
        assertThat(progress.get(2).detail("output")).isEqualTo(json("{'r':1}"));
    }

    @Test
    void aListenerThatThrowsBreaksNeitherTheExecutionNorOtherListeners() {
        AtomicBoolean called = new AtomicBoolean();
        ExecutionListener broken = new ExecutionListener() {
            @Override
            public void statusChanged(ExecutionStatusChange change) {
                called.set(true);
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void eventRecorded(String executionArn, HistoryEvent event) {
                throw new IllegalStateException("listener bug");
            }
        };
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).listener(broken).listener(recorder)
                .build();
        Execution execution = runtime.start(runtime.load(json(PASS)), json("{}")).await();
        assertThat(called).isTrue();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(changes).hasSize(2);
        assertThat(progress).hasSize(4);
    }

    @Test
    void thePrintingListenerWritesOneEventPerLine() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .listener(new PrintingEventListener(new PrintStream(buffer, true, StandardCharsets.UTF_8))).build();
        runtime.start(runtime.load(json(PASS)), json("{}")).await();
        String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("\"status\":\"SUCCEEDED\"").contains("\"source\":\"aws.states\"");
    }
}
