package dev.stepwise.samples.callback;

import dev.stepwise.annotations.Catch;
import dev.stepwise.annotations.Choice;
import dev.stepwise.annotations.Default;
import dev.stepwise.annotations.Fail;
import dev.stepwise.annotations.From;
import dev.stepwise.annotations.Next;
import dev.stepwise.annotations.Parameters;
import dev.stepwise.annotations.ResultPath;
import dev.stepwise.annotations.Retry;
import dev.stepwise.annotations.StartAt;
import dev.stepwise.annotations.State;
import dev.stepwise.annotations.Succeed;
import dev.stepwise.annotations.Task;
import dev.stepwise.annotations.When;
import dev.stepwise.annotations.Workflow;
import java.math.BigDecimal;

/**
 * Pays an invoice through a payment provider that answers by callback: the request goes out on an SQS queue with
 * the task token, and the provider's webhook answers with {@code SendTaskSuccess} or {@code SendTaskFailure}.
 * Invoices above 10,000 first go to a finance clerk, whose review tool is an activity worker
 * ({@code GetActivityTask}).
 *
 * <p>The method bodies are local stand-ins (the clerk approves, the provider pays at once); the tests answer the
 * real way, with the token.
 */
@Workflow(comment = "Pay an invoice through a callback, with a clerk's review of large invoices",
        timeoutSeconds = 3 * 24 * 3600)
public class InvoicePayment {

    static final String REVIEW_ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:invoice-review";

    @StartAt
    @Choice
    @When(test = "$.invoice.amount > 10000", next = "Review invoice")
    @Default("Request payment")
    void route() {
    }

    @State("Review invoice")
    @Task(resource = REVIEW_ACTIVITY, timeoutSeconds = 86400, heartbeatSeconds = 3600)
    @ResultPath("$.review")
    @Catch(errors = "States.Timeout", next = "Not reviewed", resultPath = "$.error")
    @Next("Check review")
    Review review(@From("$.invoice") Invoice invoice) {
        return new Review(true, "reviewed by the local stand-in");
    }

    @State("Check review")
    @Choice
    @When(test = "$.review.approved == true", next = "Request payment")
    @Default("Rejected")
    void checkReview() {
    }

    @State("Request payment")
    @Task(resource = "arn:aws:states:::sqs:sendMessage.waitForTaskToken", timeoutSeconds = 3600,
            heartbeatSeconds = 900)
    @Parameters("{\"QueueUrl\": \"https://sqs.us-east-1.amazonaws.com/123456789012/payments\","
            + " \"MessageBody\": {\"taskToken.$\": \"$$.Task.Token\", \"invoice.$\": \"$.invoice\"}}")
    @ResultPath("$.payment")
    @Retry(errors = "Payment.ProviderBusy", intervalSeconds = 300, maxAttempts = 2, backoffRate = 2)
    @Catch(errors = "States.Timeout", next = "Payment timed out", resultPath = "$.error")
    @Catch(errors = "States.HeartbeatTimeout", next = "Payment timed out", resultPath = "$.error")
    @Next("Paid")
    Payment requestPayment() {
        return new Payment("pay-local", "SETTLED");
    }

    @State("Paid")
    @Succeed
    void paid() {
    }

    @State("Rejected")
    @Fail(error = "InvoiceRejected", cause = "The clerk rejected the invoice")
    void rejected() {
    }

    @State("Not reviewed")
    @Fail(error = "ReviewTimedOut", cause = "Nobody reviewed the invoice within a day")
    void notReviewed() {
    }

    @State("Payment timed out")
    @Fail(error = "PaymentTimedOut", cause = "The payment provider did not answer in time")
    void paymentTimedOut() {
    }

    /** An invoice to pay. */
    public record Invoice(String id, String supplier, BigDecimal amount) {
    }

    /** The clerk's decision, sent back by the review worker with the task token. */
    public record Review(boolean approved, String comment) {
    }

    /** The provider's answer, sent back by its webhook with the task token. */
    public record Payment(String paymentId, String status) {
    }
}
