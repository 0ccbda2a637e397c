package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static dev.stepwise.runtime.CallbacksTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.runtime.activities.Activity;
import dev.stepwise.runtime.activities.ActivityTask;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.clock.VirtualClock;
import dev.stepwise.runtime.history.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Activities: created, polled by workers with GetActivityTask, answered with the task token. */
class ActivitiesTest {

    private static String machine(String arn, String taskFields) {
        return "{'StartAt':'Work','States':{'Work':{'Type':'Task','Resource':'" + arn + "'" + taskFields
                + ",'End':true}}}";
    }

    private static HistoryEvent last(Execution execution, String type) {
        return execution.history().stream().filter(e -> e.type().equals(type)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void activitiesAreCreatedIdempotentlyDescribedListedAndDeleted() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Activity created = runtime.createActivity("approvals");

        assertThat(created.arn()).isEqualTo("arn:aws:states:us-east-1:123456789012:activity:approvals");
        assertThat(runtime.createActivity("approvals")).isEqualTo(created);
        assertThat(runtime.describeActivity(created.arn())).isEqualTo(created);
        assertThat(runtime.activities()).containsExactly(created);
        runtime.deleteActivity(created.arn());
        assertThat(runtime.activities()).isEmpty();
        assertRefused(() -> runtime.describeActivity(created.arn()), "ActivityDoesNotExist");
        assertRefused(() -> runtime.createActivity("no spaces"), "InvalidName");
        assertRefused(() -> runtime.getActivityTask(created.arn(), "w", Duration.ofSeconds(1)),
                "ActivityDoesNotExist");
    }

    @Test
    void aWorkerTakesTheTaskAndAnswersIt() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Activity activity = runtime.createActivity("pack");
        Execution execution = runtime.start(runtime.load(json(machine(activity.arn(),
                ",'Parameters':{'order.$':'$.id'},'TimeoutSeconds':600,'HeartbeatSeconds':60"))),
                json("{'id':'o-1'}"));
        assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING);

        ActivityTask task = runtime.getActivityTask(activity.arn(), "packer-1", Duration.ofSeconds(60))
                .orElseThrow();
        assertThat(task.input()).isEqualTo(json("{'order':'o-1'}"));
        assertThat(execution.awaitTaskToken("Work")).isEqualTo(task.taskToken());
        runtime.sendTaskHeartbeat(task.taskToken());
        runtime.sendTaskSuccess(task.taskToken(), json("{'packed':true}"));
        execution.await();

        assertThat(execution.output()).isEqualTo(json("{'packed':true}"));
        assertThat(execution.history().stream().map(HistoryEvent::type)).containsExactly("ExecutionStarted",
                "TaskStateEntered", "ActivityScheduled", "ActivityStarted", "ActivitySucceeded", "TaskStateExited",
                "ExecutionSucceeded");
        HistoryEvent scheduled = last(execution, "ActivityScheduled");
        assertThat(scheduled.detail("resource").asText()).isEqualTo(activity.arn());
        assertThat(scheduled.detail("timeoutInSeconds").asLong()).isEqualTo(600);
        assertThat(scheduled.detail("heartbeatInSeconds").asLong()).isEqualTo(60);
        assertThat(last(execution, "ActivityStarted").detail("workerName").asText()).isEqualTo("packer-1");
    }

    @Test
    void aWorkerFailureIsTheTasksError() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Activity activity = runtime.createActivity("pack");
        Execution execution = runtime.start(runtime.load(json(machine(activity.arn(), ""))), json("{}"));
        ActivityTask task = runtime.getActivityTask(activity.arn(), "w", Duration.ofSeconds(60)).orElseThrow();
        runtime.sendTaskFailure(task.taskToken(), "OutOfBoxes", "no boxes left");
        execution.await();

        assertThat(execution.error()).isEqualTo("OutOfBoxes");
        assertThat(execution.cause()).isEqualTo("no boxes left");
        assertThat(last(execution, "ActivityFailed").detail("error").asText()).isEqualTo("OutOfBoxes");
    }

    @Test
    void aTaskNobodyTakesTimesOutFromWhenItWasScheduled() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Activity activity = runtime.createActivity("pack");
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(json(machine(activity.arn(), ",'TimeoutSeconds':30"))),
                json("{}"));

        execution.await();

        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(last(execution, "ActivityTimedOut").timestamp()).isEqualTo(start.plusSeconds(30));
        assertThat(runtime.getActivityTask(activity.arn(), "late", Duration.ofSeconds(60))).isEmpty();
    }

    @Test
    void aWorkerThatStopsBeatingTimesTheTaskOutAtItsHeartbeatDeadline() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Activity activity = runtime.createActivity("pack");
        Execution execution = runtime.start(runtime.load(json(machine(activity.arn(), ",'HeartbeatSeconds':20"))),
                json("{}"));
        clock.advance(Duration.ofSeconds(50)); // queued 50 s: the heartbeat interval has not started
        ActivityTask task = runtime.getActivityTask(activity.arn(), "w", Duration.ofSeconds(60)).orElseThrow();
        Instant taken = clock.now();

        execution.await();

        assertThat(execution.error()).isEqualTo("States.Timeout"); // AWS's name for a missed heartbeat too
        assertThat(last(execution, "ActivityTimedOut").timestamp()).isEqualTo(taken.plusSeconds(20));
        assertThat(last(execution, "ActivityTimedOut").detail("error").asText()).isEqualTo("States.Timeout");
        assertRefused(() -> runtime.sendTaskSuccess(task.taskToken(), json("{}")), "TaskTimedOut");
    }

    @Test
    void aLongPollWithNothingQueuedEndsEmptyAfterItsVirtualDuration() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Activity activity = runtime.createActivity("idle");
        Instant start = clock.now();

        Optional<ActivityTask> task = runtime.getActivityTask(activity.arn(), "w", Duration.ofSeconds(60));

        assertThat(task).isEmpty();
        assertThat(clock.now()).isEqualTo(start.plusSeconds(60));
    }

    @Test
    void aLongPollWaitsThroughTheExecutionsWaitsUntilTheTaskIsScheduled() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).build();
        Activity activity = runtime.createActivity("later");
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(json("{'StartAt':'Nap','States':{"
                + "'Nap':{'Type':'Wait','Seconds':40,'Next':'Work'},"
                + "'Work':{'Type':'Task','Resource':'" + activity.arn() + "','End':true}}}")), json("{}"));

        ActivityTask task = runtime.getActivityTask(activity.arn(), "w", Duration.ofSeconds(60)).orElseThrow();

        assertThat(clock.now()).isEqualTo(start.plusSeconds(40));
        runtime.sendTaskSuccess(task.taskToken(), json("{}"));
        assertThat(execution.await().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Test
    void aTaskNamingAMissingActivityFailsAsOnAws() {
        // recorded on AWS (activities test_activity_task_on_deleted): no Activity* event, States.Runtime
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        String arn = "arn:aws:states:us-east-1:123456789012:activity:gone";
        Execution execution = runtime.start(runtime.load(json(machine(arn, ""))), json("{}")).await();

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).isEqualTo("An error occurred while executing the state 'Work' (entered at the "
                + "event id #2). The activity " + arn + " does not exist.");
        assertThat(execution.history().stream().map(HistoryEvent::type)).containsExactly("ExecutionStarted",
                "TaskStateEntered", "ExecutionFailed");
    }

    @Test
    void onTheSystemClockAWorkerThreadPollsAndAnswers() throws Exception {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.system()).build();
        Activity activity = runtime.createActivity("real");
        CompletableFuture<Void> worker = CompletableFuture.runAsync(() -> {
            ActivityTask task = runtime.getActivityTask(activity.arn(), "thread", Duration.ofSeconds(10))
                    .orElseThrow();
            runtime.sendTaskSuccess(task.taskToken(), task.input());
        });
        Execution execution = runtime.start(runtime.load(json(machine(activity.arn(), ",'TimeoutSeconds':30"))),
                json("{'echo':1}"));

        worker.get();
        assertThat(execution.await(Duration.ofSeconds(10))).isTrue();
        assertThat(execution.output()).isEqualTo(json("{'echo':1}"));
    }
}
