package dev.stepwise.samples.approval;

import dev.stepwise.annotations.Catch;
import dev.stepwise.annotations.Choice;
import dev.stepwise.annotations.Default;
import dev.stepwise.annotations.Fail;
import dev.stepwise.annotations.From;
import dev.stepwise.annotations.Next;
import dev.stepwise.annotations.Parameters;
import dev.stepwise.annotations.ResultPath;
import dev.stepwise.annotations.StartAt;
import dev.stepwise.annotations.Succeed;
import dev.stepwise.annotations.Tag;
import dev.stepwise.annotations.Task;
import dev.stepwise.annotations.Wait;
import dev.stepwise.annotations.When;
import dev.stepwise.annotations.Workflow;
import java.math.BigDecimal;

/**
 * Asks a manager to approve an expense through a task token, reminds them when the heartbeat lapses, escalates
 * when the approval times out, and pays approved expenses on the pay date.
 */
@Workflow(comment = "Human approval of an expense claim", timeoutSeconds = 7 * 24 * 3600)
@Tag(key = "team", value = "finance")
public class ExpenseApproval {

    @StartAt
    @Task(resource = "arn:aws:states:::sqs:sendMessage.waitForTaskToken", timeoutSeconds = 86400,
            heartbeatSeconds = 3600)
    @Parameters("{\"QueueUrl\": \"https://sqs.us-east-1.amazonaws.com/123456789012/approvals\","
            + " \"MessageBody\": {\"taskToken.$\": \"$$.Task.Token\", \"expense.$\": \"$.expense\"}}")
    @ResultPath("$.decision")
    @Catch(errors = "States.HeartbeatTimeout", next = "remind", resultPath = "$.timeout")
    @Catch(errors = "States.Timeout", next = "escalate", resultPath = "$.timeout")
    Decision requestApproval() {
        return new Decision(true, "approved by the local stand-in");
    }

    @Choice
    @When(test = "$.decision.approved == true && $.expense.amount <= 5000", next = "waitForPayday")
    @Default("rejected")
    void decide() {
    }

    @Wait(timestampPath = "$.expense.payDate")
    void waitForPayday() {
    }

    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:pay-expense", timeoutSeconds = 60)
    @ResultPath("$.payment")
    PaymentReceipt pay(@From("$.expense") Expense expense) {
        return new PaymentReceipt("pay-" + expense.id(), expense.amount());
    }

    @Succeed
    void paid() {
    }

    @Wait(seconds = 3600)
    @Next("requestApproval")
    void remind() {
    }

    @Task(resource = "arn:aws:states:::sns:publish")
    @Parameters("{\"TopicArn\": \"arn:aws:sns:us-east-1:123456789012:approval-escalations\","
            + " \"Message.$\": \"States.Format('Expense {} was not approved in time', $.expense.id)\"}")
    @ResultPath(nullResult = true)
    void escalate() {
    }

    @Fail(error = "ApprovalTimedOut", causePath = "$.timeout.Cause")
    void timedOut() {
    }

    @Fail(error = "ExpenseRejected", cause = "The expense was rejected or is above the approval limit")
    void rejected() {
    }

    /** An expense claim. {@code payDate} is an RFC 3339 timestamp. */
    public record Expense(String id, String employee, BigDecimal amount, String payDate) {
    }

    /** The manager's answer, sent back with the task token. */
    public record Decision(boolean approved, String comment) {
    }

    /** Proof of payment. */
    public record PaymentReceipt(String paymentId, BigDecimal amount) {
    }
}
