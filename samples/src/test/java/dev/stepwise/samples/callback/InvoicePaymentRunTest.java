package dev.stepwise.samples.callback;

import static dev.stepwise.test.ExecutionHistory.events;
import static dev.stepwise.test.StepwiseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.activities.Activity;
import dev.stepwise.runtime.activities.ActivityTask;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.runtime.clock.VirtualClock;
import dev.stepwise.runtime.executions.ApiRefusedException;
import dev.stepwise.runtime.task.TaskHandler;
import dev.stepwise.test.StepwiseTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * InvoicePayment tested the way it runs on AWS: the payment request is an SQS message carrying the task token
 * (mocked as the service call only, {@link TaskHandler#submitting}), and the test plays the provider's webhook with
 * {@code sendTaskSuccess}/{@code sendTaskFailure}/{@code sendTaskHeartbeat}; large invoices are reviewed by a
 * clerk's activity worker polling with {@code getActivityTask}. The workflow is started unbound, so its methods'
 * local stand-ins do not answer in the provider's place.
 */
@StepwiseTest
class InvoicePaymentRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAYMENT_QUEUE = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";

    /** The messages put on the payments queue. */
    private final List<JsonNode> queued = new CopyOnWriteArrayList<>();
    private final LocalRuntime runtime;
    private final VirtualClock clock;

    /** The kit's builder: a fresh runtime on the virtual clock for each test. */
    InvoicePaymentRunTest(LocalRuntime.Builder builder) {
        runtime = builder
                .handler(PAYMENT_QUEUE, TaskHandler.submitting((input, context) -> {
                    queued.add(input.get("MessageBody"));
                    return JSON.readTree("{\"MessageId\": \"m-" + queued.size() + "\"}");
                }))
                .build();
        clock = (VirtualClock) runtime.clock();
    }

    @Test
    void theProvidersWebhookAnswersWithTheTokenAndTheInvoiceIsPaid() throws Exception {
        Execution run = start(invoice("120.00"));

        String token = run.awaitTaskToken("Request payment");
        assertThat(run).waitsForAnswerIn("Request payment");
        assertThat(queued).singleElement().satisfies(message -> {
            assertThat(message.get("taskToken").asText()).isEqualTo(token);
            assertThat(message.at("/invoice/id").asText()).isEqualTo("inv-1");
        });
        runtime.sendTaskSuccess(token, JSON.valueToTree(new InvoicePayment.Payment("pay-7", "SETTLED")));
        run.await();

        assertThat(run).succeeded().enteredStates("route", "Request payment", "Paid")
                .outputAs(InvoicePaymentWorkflow.Output.class).extracting(InvoicePaymentWorkflow.Output::payment)
                .isEqualTo(new InvoicePayment.Payment("pay-7", "SETTLED"));
        assertThat(events(run, "TaskSubmitted").get(0).detail("output").get("MessageId").asText()).isEqualTo("m-1");
        assertThatThrownBy(() -> runtime.sendTaskSuccess(token, JSON.readTree("{}")))
                .isInstanceOfSatisfying(ApiRefusedException.class,
                        refused -> assertThat(refused.errorCode()).isEqualTo("TaskTimedOut"));
    }

    @Test
    void aBusyProviderIsAskedAgainAfterTheRetryInterval() throws Exception {
        Execution run = start(invoice("120.00"));

        runtime.sendTaskFailure(run.awaitTaskToken("Request payment"), "Payment.ProviderBusy", "try later");
        String second = run.awaitTaskToken("Request payment");
        runtime.sendTaskSuccess(second, JSON.valueToTree(new InvoicePayment.Payment("pay-8", "SETTLED")));
        run.await();

        assertThat(run).succeeded().retried("Request payment", 1);
        assertThat(queued).hasSize(2);
        Instant failed = events(run, "TaskFailed").get(0).timestamp();
        Instant askedAgain = events(run, "TaskScheduled").get(1).timestamp();
        assertThat(Duration.between(failed, askedAgain)).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void aProviderThatStopsBeatingTimesOutAtItsHeartbeatDeadline() {
        Execution run = start(invoice("120.00"));
        String token = run.awaitTaskToken("Request payment");
        Instant asked = clock.now();

        clock.advance(Duration.ofMinutes(10));
        runtime.sendTaskHeartbeat(token); // the provider is working on it, then goes silent
        run.await();

        assertThat(run).failedWith("PaymentTimedOut").caught("Request payment", "States.Timeout");
        assertThat(events(run, "TaskTimedOut").get(0).detail("error").asText()).isEqualTo("States.Timeout");
        assertThat(events(run, "TaskTimedOut").get(0).timestamp()).isEqualTo(asked.plus(Duration.ofMinutes(25)));
    }

    @Test
    void aLargeInvoiceIsReviewedByTheClerksActivityWorkerBeforeItIsPaid() throws Exception {
        Activity review = runtime.createActivity("invoice-review");
        assertThat(review.arn()).isEqualTo(InvoicePayment.REVIEW_ACTIVITY);
        Execution run = start(invoice("25000.00"));

        ActivityTask task = runtime.getActivityTask(review.arn(), "clerk-ada", Duration.ofSeconds(60)).orElseThrow();
        assertThat(task.input().at("/invoice/amount").decimalValue()).isEqualByComparingTo("25000");
        clock.advance(Duration.ofMinutes(40)); // the clerk reads the invoice
        runtime.sendTaskSuccess(task.taskToken(), JSON.valueToTree(new InvoicePayment.Review(true, "ok")));
        runtime.sendTaskSuccess(run.awaitTaskToken("Request payment"),
                JSON.valueToTree(new InvoicePayment.Payment("pay-9", "SETTLED")));
        run.await();

        assertThat(run).succeeded().enteredStates("route", "Review invoice", "Check review", "Request payment",
                "Paid");
        assertThat(events(run, "ActivityStarted").get(0).detail("workerName").asText()).isEqualTo("clerk-ada");
        Instant scheduled = events(run, "ActivityScheduled").get(0).timestamp();
        assertThat(events(run, "ActivitySucceeded").get(0).timestamp()).isEqualTo(scheduled.plusSeconds(2400));
    }

    @Test
    void aLargeInvoiceTheClerkRejectsIsNotPaid() throws Exception {
        Activity review = runtime.createActivity("invoice-review");
        Execution run = start(invoice("25000.00"));

        ActivityTask task = runtime.getActivityTask(review.arn(), "clerk-bob", Duration.ofSeconds(60)).orElseThrow();
        runtime.sendTaskSuccess(task.taskToken(), JSON.valueToTree(new InvoicePayment.Review(false, "duplicate")));
        run.await();

        assertThat(run).failedWith("InvoiceRejected");
        assertThat(queued).isEmpty();
    }

    @Test
    void withTheMethodsBoundTheirLocalStandInsAnswer() throws Exception {
        LocalRuntime standIns = LocalRuntime.builder().clock(Clocks.virtual()).build();

        Execution run = standIns.start(InvoicePaymentWorkflow.bind(new InvoicePayment()),
                new InvoicePaymentWorkflow.Input(invoice("25000.00")));

        assertThat(run).succeeded().outputAs(InvoicePaymentWorkflow.Output.class)
                .extracting(output -> output.payment().paymentId()).isEqualTo("pay-local");
    }

    private Execution start(InvoicePayment.Invoice invoice) {
        return runtime.start(new InvoicePaymentWorkflow(), new InvoicePaymentWorkflow.Input(invoice));
    }

    private static InvoicePayment.Invoice invoice(String amount) {
        return new InvoicePayment.Invoice("inv-1", "acme", new BigDecimal(amount));
    }
}
