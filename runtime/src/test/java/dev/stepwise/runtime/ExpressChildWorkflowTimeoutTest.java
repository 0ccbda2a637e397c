package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.mapruns.ChildExecution;
import dev.stepwise.runtime.mapruns.MapRun;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A Distributed Map's Express child workflow is an Express execution, which runs five minutes at most (AWS's
 * "Standard vs. Express Workflows": maximum duration 5 minutes). One that runs out of time is TIMED_OUT with
 * {@code States.Timeout}, a failure of its Map Run: "the workflow fails if any one of its child workflow executions
 * fails or times out" (the tolerated failure threshold's docs), and the API model's redriveStatus speaks of "failed
 * or timed out EXPRESS workflows" of a Map Run. Standard children keep the parent's limits.
 */
class ExpressChildWorkflowTimeoutTest {

    private static final String FN = "arn:aws:lambda:us-east-1:123456789012:function:work";

    private final LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
            .handler(FN, (input, ctx) -> {
                ctx.clock().sleep(Duration.ofSeconds(input.path("seconds").asLong()));
                return input;
            }).build();

    /** A Distributed Map of {@code type} children, each running {@code child} on its item. */
    private Execution run(String type, String mapSettings, String top, String child, String items) {
        String definition = "{" + top + "'StartAt':'M','States':{'M':{'Type':'Map'," + mapSettings
                + "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'" + type + "'},"
                + "'StartAt':'C','States':{'C':" + child + "}},'End':true}}}";
        return runtime.start(runtime.load(json(definition)), json(items)).await();
    }

    private static String waiting(int seconds) {
        return "{'Type':'Wait','Seconds':" + seconds + ",'End':true}";
    }

    private static ChildExecution onlyChild(Execution execution) {
        MapRun mapRun = execution.mapRuns().get(0);
        assertThat(mapRun.childExecutions()).hasSize(1);
        return mapRun.childExecutions().get(0);
    }

    private static Duration ran(ChildExecution child) {
        return Duration.between(child.startDate(), child.stopDate());
    }

    @Test
    void anExpressChildThatWaitsPastFiveMinutesTimesOutAndFailsItsMapRun() {
        Execution execution = run("EXPRESS", "", "", waiting(400), "[1]");

        ChildExecution child = onlyChild(execution);
        assertThat(child.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(ran(child)).isEqualTo(Duration.ofMinutes(5));
        assertThat(execution.mapRuns().get(0).describe().executionCounts().timedOut()).isEqualTo(1);
        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    }

    @Test
    void aToleratedExpressTimeoutIsTheItemsStatesTimeout() {
        Execution execution = run("EXPRESS", "'ToleratedFailureCount':2,", "", waiting(400), "[1,2]");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("[{'Error':'States.Timeout','Cause':'The execution timed out.'},"
                + "{'Error':'States.Timeout','Cause':'The execution timed out.'}]"));
    }

    @Test
    void anExpressChildsTaskIsCutOffAtFiveMinutesToo() {
        String task = "{'Type':'Task','Resource':'" + FN + "','TimeoutSeconds':900,'End':true}";
        Execution execution = run("EXPRESS", "'ToleratedFailureCount':1,", "", task, "[{'seconds':600}]");

        assertThat(ran(onlyChild(execution))).isEqualTo(Duration.ofMinutes(5));
        assertThat(execution.output().get(0).get("Error").asText()).isEqualTo("States.Timeout");
    }

    @Test
    void expressAndStandardChildrenWithinTheirLimitsSucceed() {
        assertThat(run("EXPRESS", "", "", waiting(200), "[1]").status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        Execution standard = run("STANDARD", "", "", waiting(400), "[1]");
        assertThat(standard.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ran(onlyChild(standard))).isEqualTo(Duration.ofSeconds(400));
    }

    @Test
    void aParentThatRunsOutOfTimeFirstTimesOutItself() {
        Execution execution = run("EXPRESS", "", "'TimeoutSeconds':100,", waiting(400), "[1]");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(Duration.between(execution.startDate(), execution.stopDate())).isEqualTo(Duration.ofSeconds(100));
        assertThat(onlyChild(execution).status()).isNotEqualTo(ExecutionStatus.TIMED_OUT);
    }
}
