package dev.stepwise.runtime;

import static dev.stepwise.runtime.Asl.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.history.HistoryEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every {@code .sync} and {@code .waitForTaskToken} Task records TaskSubmitted between TaskStarted and its end, as
 * AWS recorded in the conformance cases {@code callback__test_start_execution_sync},
 * {@code callback__test_sqs_wait_for_task_token_call_chain} and {@code error_handling__test_sqs_failure_in_wait_for_task_tok}
 * (TaskSubmitted, then TaskFailed), also when a local handler does the whole job.
 */
class SubmittedTasksTest {

    private static List<String> run(String resource, boolean fails) {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual())
                .stateHandler("Call", (input, context) -> {
                    if (fails) {
                        throw new StatesError("Failed", "the job failed");
                    }
                    return json("{'done':true}");
                }).build();
        Execution ex = runtime.start(runtime.load(json("{'StartAt':'Call','States':{'Call':{'Type':'Task',"
                + "'Resource':'" + resource + "','End':true}}}")), json("{}")).await();
        return ex.history().stream().map(HistoryEvent::type).toList();
    }

    @Test
    void aJobRunByAHandlerIsSubmittedFirst() {
        assertThat(run("arn:aws:states:::states:startExecution.sync:2", false)).containsExactly("ExecutionStarted",
                "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded",
                "TaskStateExited", "ExecutionSucceeded");
    }

    @Test
    void aCallbackAnsweredByAHandlerIsSubmittedFirst() {
        assertThat(run("arn:aws:states:::sqs:sendMessage.waitForTaskToken", true)).containsExactly(
                "ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskFailed",
                "ExecutionFailed");
    }

    @Test
    void aJobWithNoHandlerFailsBeforeAnySubmission() {
        LocalRuntime runtime = LocalRuntime.builder().clock(Clocks.virtual()).build();
        Execution ex = runtime.start(runtime.load(json("{'StartAt':'Call','States':{'Call':{'Type':'Task',"
                + "'Resource':'arn:aws:states:::states:startExecution.sync:2','End':true}}}")), json("{}")).await();
        assertThat(ex.history().stream().map(HistoryEvent::type).toList()).containsExactly("ExecutionStarted",
                "TaskStateEntered", "TaskScheduled", "TaskStarted", "TaskFailed", "ExecutionFailed");
    }

    @Test
    void aRequestResponseTaskIsNotSubmitted() {
        assertThat(run("arn:aws:states:::sqs:sendMessage", false)).doesNotContain("TaskSubmitted");
    }
}
