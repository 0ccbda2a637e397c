package dev.stepwise.samples.approval;

import static dev.stepwise.test.ExecutionHistory.enteredStates;
import static dev.stepwise.test.ExecutionHistory.errors;
import static dev.stepwise.test.ExecutionHistory.events;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.task.TaskHandler;
import dev.stepwise.test.StepwiseTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * ExpenseApproval on the local runtime. The approval request is an SQS callback task
 * ({@code sendMessage.waitForTaskToken}): its mock plays the manager, answering on the virtual clock, staying silent
 * past the heartbeat, or never answering at all. The kit hands each test a runtime builder on the virtual clock.
 */
@StepwiseTest
class ExpenseApprovalRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPROVAL_QUEUE = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
    private static final String SNS = "arn:aws:states:::sns:publish";
    private static final Instant PAY_DATE = Instant.parse("2024-01-05T09:00:00Z");

    /** The task tokens the approval requests carried, and the escalations published. */
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private final List<JsonNode> escalations = new CopyOnWriteArrayList<>();

    private final LocalRuntime.Builder builder;

    ExpenseApprovalRunTest(LocalRuntime.Builder builder) {
        this.builder = builder;
    }

    @Test
    void anApprovedExpenseIsPaidOnItsPayDate() throws Exception {
        Execution run = start(manager(Duration.ofMinutes(45), true), expense("250.00"));

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        ExpenseApprovalWorkflow.Output output = JSON.treeToValue(run.output(), ExpenseApprovalWorkflow.Output.class);
        assertThat(output.decision()).isEqualTo(new ExpenseApproval.Decision(true, "ok"));
        assertThat(output.payment().paymentId()).isEqualTo("pay-e-1");
        assertThat(output.payment().amount()).isEqualByComparingTo("250");
        assertThat(enteredStates(run)).containsExactly("requestApproval", "decide", "waitForPayday", "pay", "paid");
        assertThat(events(run, "WaitStateExited").get(0).timestamp()).isEqualTo(PAY_DATE);
        assertThat(tokens).singleElement().isEqualTo(events(run, "TaskScheduled").get(0)
                .detail("parameters").at("/MessageBody/taskToken").asText());
    }

    @Test
    void withoutAMockTheWorkflowsOwnMethodStandsInForTheManager() throws Exception {
        LocalRuntime runtime = builder.build();

        Execution run = runtime.start(ExpenseApprovalWorkflow.bind(new ExpenseApproval()),
                new ExpenseApprovalWorkflow.Input(expense("250.00")));

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(JSON.treeToValue(run.output(), ExpenseApprovalWorkflow.Output.class).decision().comment())
                .isEqualTo("approved by the local stand-in");
    }

    @Test
    void aRejectedExpenseFails() {
        Execution run = start(manager(Duration.ofMinutes(5), false), expense("250.00"));

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("ExpenseRejected");
        assertThat(enteredStates(run)).containsExactly("requestApproval", "decide", "rejected");
    }

    @Test
    void anApprovedExpenseAboveTheLimitIsStillRejected() {
        Execution run = start(manager(Duration.ofMinutes(5), true), expense("5000.01"));

        assertThat(run.error()).isEqualTo("ExpenseRejected");
    }

    @Test
    void aManagerSilentPastTheHeartbeatIsRemindedAndAskedAgain() {
        List<Duration> answerTimes = List.of(Duration.ofHours(2), Duration.ofMinutes(10));
        TaskHandler slowThenQuick = (input, context) -> {
            Duration answerAfter = answerTimes.get(tokens.size());
            return manager(answerAfter, true).handle(input, context);
        };

        Execution run = start(slowThenQuick, expense("250.00"));

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        // named States.Timeout, as AWS names a missed heartbeat, and caught by the States.HeartbeatTimeout catcher
        assertThat(errors(run, "TaskTimedOut")).containsExactly("States.Timeout");
        assertThat(enteredStates(run)).startsWith("requestApproval", "remind", "requestApproval", "decide");
        assertThat(tokens).hasSize(2).doesNotHaveDuplicates();
        Instant remindEntered = events(run, "WaitStateEntered").get(0).timestamp();
        Instant remindExited = events(run, "WaitStateExited").get(0).timestamp();
        assertThat(Duration.between(remindEntered, remindExited)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anApprovalThatNeverComesIsEscalatedAfterADay() {
        TaskHandler managerOnHoliday = (input, context) -> {
            tokens.add(input.at("/MessageBody/taskToken").asText());
            for (int beat = 0; beat < 50; beat++) { // the queue consumer keeps the task alive, nobody decides
                context.clock().sleep(Duration.ofMinutes(30));
                context.heartbeat();
            }
            return JSON.readTree("{\"approved\": true, \"comment\": \"too late\"}");
        };

        Execution run = start(managerOnHoliday, expense("250.00"));

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("ApprovalTimedOut");
        assertThat(errors(run, "TaskTimedOut")).containsExactly("States.Timeout");
        assertThat(escalations).singleElement().satisfies(message ->
                assertThat(message.get("Message").asText()).isEqualTo("Expense e-1 was not approved in time"));
        assertThat(enteredStates(run)).containsExactly("requestApproval", "escalate", "timedOut");
    }

    @Test
    void aManagerWhoNeverBeatsIsRemindedHourlyUntilTheWeekLongExecutionTimesOut() {
        // A manager who would answer after 75 silent minutes never gets to: each request times out at its 1 h
        // heartbeat deadline, then an hour's reminder; so a request every 2 h, at 0, 2, ..., 166 h: 84 in the
        // 168-hour week, which ends during the last reminder, at exactly 7 days.
        Execution run = start(manager(Duration.ofMinutes(75), true), expense("250.00"));

        assertThat(run.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(run.error()).isEqualTo("States.Timeout");
        Instant started = events(run, "ExecutionStarted").get(0).timestamp();
        Instant timedOut = events(run, "ExecutionTimedOut").get(0).timestamp();
        assertThat(Duration.between(started, timedOut).toMillis()).isEqualTo(Duration.ofDays(7).toMillis());
        assertThat(tokens).hasSize(84);
        List<HistoryEvent> scheduled = events(run, "TaskScheduled");
        List<HistoryEvent> timedOutTasks = events(run, "TaskTimedOut");
        assertThat(timedOutTasks).hasSize(84);
        for (int i = 0; i < 84; i++) {
            assertThat(Duration.between(started, scheduled.get(i).timestamp())).isEqualTo(Duration.ofHours(2L * i));
            assertThat(Duration.between(scheduled.get(i).timestamp(), timedOutTasks.get(i).timestamp()))
                    .isEqualTo(Duration.ofHours(1));
        }
        assertThat(enteredStates(run)).doesNotContain("decide");
    }

    private Execution start(TaskHandler approvalQueue, ExpenseApproval.Expense expense) {
        LocalRuntime runtime = builder
                .handler(APPROVAL_QUEUE, approvalQueue)
                .handler(SNS, (input, context) -> {
                    escalations.add(input);
                    return JSON.readTree("{\"MessageId\": \"m-1\"}");
                })
                .build();
        return runtime.start(ExpenseApprovalWorkflow.bind(new ExpenseApproval()), new ExpenseApprovalWorkflow.Input(expense));
    }

    /**
     * A manager who reads the queued message and answers with its task token after {@code answerAfter}; what the
     * handler returns is what SendTaskSuccess would send.
     */
    private TaskHandler manager(Duration answerAfter, boolean approve) {
        return (input, context) -> {
            tokens.add(input.at("/MessageBody/taskToken").asText());
            context.clock().sleep(answerAfter);
            return JSON.valueToTree(new ExpenseApproval.Decision(approve, approve ? "ok" : "not this time"));
        };
    }

    private static ExpenseApproval.Expense expense(String amount) {
        return new ExpenseApproval.Expense("e-1", "ada", new BigDecimal(amount), PAY_DATE.toString());
    }
}
