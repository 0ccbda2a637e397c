package dev.stepwise.runtime.operations;

import static dev.stepwise.runtime.operations.Machines.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.mapruns.ChildExecution;
import dev.stepwise.runtime.mapruns.MapRun;
import dev.stepwise.runtime.mapruns.MapRunCompletedException;
import dev.stepwise.runtime.mapruns.MapRunCounts;
import dev.stepwise.runtime.mapruns.MapRunDescription;
import dev.stepwise.runtime.mapruns.MapRunStatus;
import dev.stepwise.runtime.mapruns.MapRunUpdate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The Map Runs a Distributed Map leaves behind, as DescribeMapRun and ListExecutions by {@code mapRunArn} show them:
 * failed, stopped and redriven runs (the API model's MapRunStatus and MapRunExecutionCounts: aborted children are
 * those "stopped by the user or by Step Functions because the Map Run failed").
 */
class MapRunRecordsTest {

    private static String distributed(String processorStates, String startAt) {
        return "{'StartAt':'Fan','States':{'Fan':{'Type':'Map','MaxConcurrency':1,'ItemProcessor':{"
                + "'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},'StartAt':'" + startAt
                + "','States':{" + processorStates + "}},'End':true}}}";
    }

    private static List<Long> counts(MapRunCounts counts) {
        return List.of(counts.pending(), counts.running(), counts.succeeded(), counts.failed(), counts.aborted(),
                counts.total());
    }

    private static MapRun onlyRun(Execution execution) {
        assertThat(execution.mapRuns()).hasSize(1);
        return execution.mapRuns().get(0);
    }

    @Test
    void aChildThatFailsWithoutAThresholdFailsTheRunAndLeavesTheRestPending() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution execution = runtime.start(runtime.load("Strict", json(distributed(
                "'Check':{'Type':'Choice','Choices':[{'Variable':'$','NumericLessThan':0,'Next':'Bad'}],"
                        + "'Default':'Good'},'Bad':{'Type':'Fail','Error':'Negative'},'Good':{'Type':'Pass','End':true}",
                "Check"))), json("[1, -1, 2]")).await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);

        MapRunDescription run = onlyRun(execution).describe();
        assertThat(run.status()).isEqualTo(MapRunStatus.FAILED);
        assertThat(run.stopDate()).isNotNull();
        assertThat(counts(run.executionCounts())).containsExactly(1L, 0L, 1L, 1L, 0L, 3L);
        assertThat(runtime.mapRun(run.mapRunArn())).containsSame(onlyRun(execution));
        assertThatThrownBy(() -> onlyRun(execution).update(new MapRunUpdate(2, null, null)))
                .isInstanceOf(MapRunCompletedException.class);
    }

    @Test
    void stoppingTheExecutionAbortsTheRunAndItsRunningChild() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution execution = runtime.start(runtime.load("Stopped", json(distributed(
                "'Ask':{'Type':'Task','Resource':'arn:aws:states:::sqs:sendMessage.waitForTaskToken',"
                        + "'Parameters':{'QueueUrl':'q','MessageBody':{'token.$':'$$.Task.Token'}},'End':true}",
                "Ask"))), json("[1, 2]"));
        execution.awaitTaskToken("Ask");
        MapRunDescription running = onlyRun(execution).describe();
        assertThat(running.status()).isEqualTo(MapRunStatus.RUNNING);
        assertThat(counts(running.itemCounts())).containsExactly(1L, 1L, 0L, 0L, 0L, 2L);

        execution.stop();
        execution.await();
        MapRunDescription stopped = onlyRun(execution).describe();
        assertThat(stopped.status()).isEqualTo(MapRunStatus.ABORTED);
        assertThat(stopped.stopDate()).isNotNull();
        assertThat(counts(stopped.executionCounts())).containsExactly(1L, 0L, 0L, 0L, 1L, 2L);
        assertThat(onlyRun(execution).childExecutions()).singleElement()
                .extracting(ChildExecution::status).isEqualTo(ExecutionStatus.ABORTED);
    }

    @Test
    void aRedriveRunsTheSameMapRunAgainAndRedrivesOnlyTheChildrenThatFailed() {
        AtomicInteger calls = new AtomicInteger();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("Work", (input, ctx) -> {
                    if (input.asInt() == 2 && calls.getAndIncrement() == 0) {
                        throw new IllegalStateException("first try of item 2 fails");
                    }
                    return Json.NODES.numberNode(input.asInt() * 10);
                }).build();
        Execution execution = runtime.start(runtime.load("Redriven", json(distributed(
                "'Work':{'Type':'Task','Resource':'arn:aws:lambda:us-east-1:123456789012:function:work','End':true}",
                "Work"))), json("[1, 2]")).await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        String arn = onlyRun(execution).arn();
        assertThat(onlyRun(execution).describe().status()).isEqualTo(MapRunStatus.FAILED);

        execution.redrive().await();
        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        MapRunDescription run = onlyRun(execution).describe();
        assertThat(run.mapRunArn()).isEqualTo(arn);
        assertThat(run.status()).isEqualTo(MapRunStatus.SUCCEEDED);
        assertThat(run.redriveCount()).isEqualTo(1);
        assertThat(run.redriveDate()).isNotNull();
        assertThat(counts(run.executionCounts())).containsExactly(0L, 0L, 2L, 0L, 0L, 2L);
        assertThat(onlyRun(execution).childExecutions()).extracting(ChildExecution::redriveCount)
                .containsExactlyInAnyOrder(0, 1);
    }
}
