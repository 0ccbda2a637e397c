package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static dev.stepwise.runtime.CallbacksTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.clock.VirtualClock;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.task.TaskHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A job-run Task ({@code .sync}) has a task token too, and SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat
 * with it reach the running job: AWS's API model says they are used by "Task states using the job run pattern", and
 * the recorded callback test_sync_with_task_token ends a {@code states:startExecution.sync} Task with the output sent
 * with its token (TaskSucceeded carrying that output).
 */
class JobRunTokensTest {

    private static final String JOB = "arn:aws:states:::states:startExecution.sync";

    /** The recorded case's Task: the token goes to the job in its input. */
    private static String machine(String taskFields) {
        return "{'StartAt':'Job','States':{'Job':{'Type':'Task','Resource':'" + JOB + "','Parameters':{"
                + "'StateMachineArn':'arn:aws:states:us-east-1:123456789012:stateMachine:child',"
                + "'Input':{'TaskToken.$':'$$.Task.Token'}}" + taskFields + ",'End':true}"
                + (taskFields.contains("'Catch'") ? ",'Caught':{'Type':'Pass','End':true}" : "") + "}}";
    }

    private static List<String> types(Execution execution) {
        return execution.history().stream().map(HistoryEvent::type).toList();
    }

    private static HistoryEvent last(Execution execution, String type) {
        return execution.history().stream().filter(e -> e.type().equals(type)).reduce((a, b) -> b).orElseThrow();
    }

    /** A job that sleeps {@code seconds} of the runtime's time, then returns its own result. */
    private static TaskHandler sleepingJob(long seconds, List<String> seen) {
        return (input, context) -> {
            seen.add(input.at("/Input/TaskToken").asText());
            try {
                context.clock().sleep(Duration.ofSeconds(seconds));
            } catch (InterruptedException e) {
                seen.add("interrupted");
                throw e;
            }
            return json("'the job own result'");
        };
    }

    @Test
    void aSuccessSentWithAJobsTokenEndsTheTaskWithThatOutputAtOnce() {
        VirtualClock clock = Clocks.virtual();
        List<String> seen = new CopyOnWriteArrayList<>();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).handler(JOB, sleepingJob(3600, seen)).build();
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(json(machine(""))), json("{}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.RUNNING); // time stands still while the job sleeps
        String token = execution.awaitTaskToken("Job");
        assertThat(seen).containsExactly(token);
        runtime.sendTaskSuccess(token, json("'SQS_SEND_MESSAGE_AND_WAIT'"));
        execution.await();

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("'SQS_SEND_MESSAGE_AND_WAIT'"));
        assertThat(last(execution, "TaskSucceeded").detail("output")).isEqualTo(json("'SQS_SEND_MESSAGE_AND_WAIT'"));
        // as AWS recorded callback test_sync_with_task_token: the job's start call answered (TaskSubmitted) first
        assertThat(types(execution)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled",
                "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
        assertThat(seen).containsExactly(token, "interrupted"); // the job's sleep was cut short by the answer
        assertThat(clock.now()).isEqualTo(start); // at the answer's instant, not the job's end
        assertRefused(() -> runtime.sendTaskSuccess(token, json("'again'")), "TaskTimedOut");
    }

    @Test
    void aFailureSentWithAJobsTokenFailsTheTaskAndItsCatchSeesIt() {
        List<String> seen = new CopyOnWriteArrayList<>();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).handler(JOB, sleepingJob(3600, seen))
                .build();
        Execution execution = runtime.start(runtime.load(json(machine(
                ",'Catch':[{'ErrorEquals':['Rejected'],'ResultPath':'$.error','Next':'Caught'}]"))), json("{}"));

        runtime.sendTaskFailure(execution.awaitTaskToken("Job"), "Rejected", "by the owner");

        assertThat(execution.await().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("{'error':{'Error':'Rejected','Cause':'by the owner'}}"));
        assertThat(last(execution, "TaskFailed").detail("error").asText()).isEqualTo("Rejected");
        assertThat(types(execution)).doesNotContain("TaskSucceeded");
    }

    @Test
    void heartbeatsSentWithAJobsTokenKeepItAliveUntilItEndsWithItsOwnResult() {
        VirtualClock clock = Clocks.virtual();
        List<String> seen = new CopyOnWriteArrayList<>();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock).handler(JOB, sleepingJob(25, seen)).build();
        StateMachine machine = runtime.load(json(machine(",'HeartbeatSeconds':10,'TimeoutSeconds':60")));
        Instant start = clock.now();
        Execution beaten = runtime.start(machine, json("{}"));
        String token = beaten.awaitTaskToken("Job");
        for (int beat = 0; beat < 3; beat++) { // at 8, 16 and 24 s: each moves the deadline 10 s on
            clock.advance(Duration.ofSeconds(8));
            runtime.sendTaskHeartbeat(token);
        }
        beaten.await();

        assertThat(beaten.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(beaten.output()).isEqualTo(json("'the job own result'"));
        assertThat(beaten.stopDate()).isEqualTo(start.plusSeconds(25));
        assertRefused(() -> runtime.sendTaskHeartbeat(token), "TaskTimedOut"); // closed with the task

        Instant second = clock.now();
        Execution unbeaten = runtime.start(machine, json("{}"));
        unbeaten.await();
        assertThat(unbeaten.error()).isEqualTo("States.Timeout");
        assertThat(unbeaten.stopDate()).isEqualTo(second.plusSeconds(10));
    }

    @Test
    void aHeartbeatDoesNotMoveAJobsTimeout() {
        VirtualClock clock = Clocks.virtual();
        LocalRuntime runtime = LocalRuntime.builder().clock(clock)
                .handler(JOB, sleepingJob(3600, new CopyOnWriteArrayList<>())).build();
        Instant start = clock.now();
        Execution execution = runtime.start(runtime.load(json(machine(",'HeartbeatSeconds':10,'TimeoutSeconds':15"))),
                json("{}"));
        String token = execution.awaitTaskToken("Job");
        clock.advance(Duration.ofSeconds(8));
        runtime.sendTaskHeartbeat(token);
        execution.await();

        assertThat(last(execution, "TaskTimedOut").detail("error").asText()).isEqualTo("States.Timeout");
        assertThat(execution.stopDate()).isEqualTo(start.plusSeconds(15));
        assertRefused(() -> runtime.sendTaskSuccess(token, json("'late'")), "TaskTimedOut");
    }

    @Test
    void aJobThatEndsOnItsOwnClosesItsToken() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(JOB, (input, context) -> json("{'Output':'done'}")).build();
        Execution execution = runtime.start(runtime.load(json(machine(""))), json("{}"));

        String token = execution.awaitTaskToken("Job");

        assertThat(execution.await().output()).isEqualTo(json("{'Output':'done'}"));
        assertRefused(() -> runtime.sendTaskSuccess(token, json("'late'")), "TaskTimedOut");
    }

    @Test
    void eachAttemptOfARetriedJobHasATokenOfItsOwn() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(JOB, sleepingJob(3600, new CopyOnWriteArrayList<>())).build();
        Execution execution = runtime.start(runtime.load(json(machine(
                ",'Retry':[{'ErrorEquals':['Again'],'IntervalSeconds':5}]"))), json("{}"));
        String first = execution.awaitTaskToken("Job");
        runtime.sendTaskFailure(first, "Again", null);
        String second = execution.awaitTaskToken("Job");

        assertThat(second).isNotEqualTo(first);
        assertRefused(() -> runtime.sendTaskSuccess(first, json("1")), "TaskTimedOut");
        runtime.sendTaskSuccess(second, json("2"));
        assertThat(execution.await().output()).isEqualTo(json("2"));
    }

    @Test
    void onTheSystemClockAnAnswerEndsTheJobAndInterruptsItsThread() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.system()).handler(JOB, (input, context) -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return json("'the job own result'");
        }).build();
        Execution execution = runtime.start(runtime.load(json(machine(",'HeartbeatSeconds':1"))), json("{}"));
        String token = execution.awaitTaskToken("Job", Duration.ofSeconds(10));

        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
        while (System.nanoTime() < until) { // past HeartbeatSeconds: the heartbeats keep the job alive
            runtime.sendTaskHeartbeat(token);
            Thread.sleep(200);
        }
        CompletableFuture.runAsync(() -> runtime.sendTaskSuccess(token, json("'answered'"))).get();

        assertThat(execution.await(Duration.ofSeconds(10))).isTrue();
        assertThat(execution.output()).isEqualTo(json("'answered'"));
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aJsonataJobHasItsTokenInStatesContext() {
        // the recorded cross-account case's Task, in JSONata: its token is $states.context.Task.Token
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .handler(JOB, sleepingJob(3600, new CopyOnWriteArrayList<>())).build();
        Execution execution = runtime.start(runtime.load(json("{'QueryLanguage':'JSONata','StartAt':'Job',"
                + "'States':{'Job':{'Type':'Task','Resource':'" + JOB + "','Arguments':{"
                + "'StateMachineArn':'arn:aws:states:us-east-1:123456789012:stateMachine:child',"
                + "'Input':{'TaskToken':'{% $states.context.Task.Token %}'}},'End':true}}}")), json("{}"));

        String token = execution.awaitTaskToken("Job");
        assertThat(last(execution, "TaskScheduled").detail("parameters").at("/Input/TaskToken").asText())
                .isEqualTo(token);
        runtime.sendTaskSuccess(token, json("'answered'"));
        assertThat(execution.await().output()).isEqualTo(json("'answered'"));
    }

    @Test
    void aJobsTokenIsTheOneItsInputAndContextShow() {
        List<JsonNode> tokens = new CopyOnWriteArrayList<>();
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).handler(JOB, (input, context) -> {
            tokens.add(input.at("/Input/TaskToken"));
            tokens.add(json("'" + context.taskToken() + "'"));
            context.clock().sleep(Duration.ofDays(1));
            return json("{}");
        }).build();
        Execution execution = runtime.start(runtime.load(json(machine(""))), json("{}"));
        String token = execution.awaitTaskToken("Job");
        runtime.sendTaskSuccess(token, json("{}"));
        execution.await();

        assertThat(tokens).containsExactly(json("'" + token + "'"), json("'" + token + "'"));
        assertThat(last(execution, "TaskScheduled").detail("parameters").at("/Input/TaskToken").asText())
                .isEqualTo(token);
    }
}
