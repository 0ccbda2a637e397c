package dev.stepwise.samples.order;

import dev.stepwise.annotations.Catch;
import dev.stepwise.annotations.Choice;
import dev.stepwise.annotations.Comment;
import dev.stepwise.annotations.Default;
import dev.stepwise.annotations.ExecutionRole;
import dev.stepwise.annotations.Fail;
import dev.stepwise.annotations.From;
import dev.stepwise.annotations.Logging;
import dev.stepwise.annotations.OnStatusChange;
import dev.stepwise.annotations.Parallel;
import dev.stepwise.annotations.Parameters;
import dev.stepwise.annotations.Publish;
import dev.stepwise.annotations.ResultPath;
import dev.stepwise.annotations.Retry;
import dev.stepwise.annotations.State;
import dev.stepwise.annotations.Succeed;
import dev.stepwise.annotations.Tag;
import dev.stepwise.annotations.Task;
import dev.stepwise.annotations.Tracing;
import dev.stepwise.annotations.When;
import dev.stepwise.annotations.Workflow;
import java.math.BigDecimal;

/** Validates an order, sends large or flagged orders to manual review, then charges and reserves in parallel. */
@Workflow(name = "OrderProcessing", comment = "Validate, charge and ship an order", timeoutSeconds = 3600)
@Tag(key = "team", value = "checkout")
@Tag(key = "cost-center", value = "cc-1234")
@Logging(level = Logging.Level.ERROR, includeExecutionData = false,
        logGroup = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/orders:*")
@Tracing
@ExecutionRole("arn:aws:iam::123456789012:role/orders")
@Publish(alias = "live", description = "adds manual review of large orders",
        deployment = Publish.Deployment.CANARY, percentage = 10, intervalMinutes = 5)
@OnStatusChange(statuses = {OnStatusChange.Status.FAILED, OnStatusChange.Status.TIMED_OUT},
        target = "arn:aws:sns:us-east-1:123456789012:order-alerts")
public class OrderProcessing {

    static final BigDecimal REVIEW_THRESHOLD = new BigDecimal("1000");

    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:validate-order", timeoutSeconds = 30)
    @Retry(errors = "Lambda.TooManyRequestsException", intervalSeconds = 2, maxAttempts = 6, backoffRate = 2,
            maxDelaySeconds = 60, jitter = Retry.Jitter.FULL)
    @Catch(errors = "InvalidOrder", next = "reject", resultPath = "$.error")
    @ResultPath("$.validation")
    @Comment("Checks the lines and computes the total")
    Validation validate(@From("$.order") Order order) throws InvalidOrder {
        if (order.lines() == null || order.lines().isEmpty()) {
            throw new InvalidOrder("order " + order.id() + " has no lines");
        }
        BigDecimal total = order.lines().stream()
                .map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Validation(true, total, order.lines().size());
    }

    @Choice
    @When(test = "$.validation.total > 1000 || $.order.priority == 'manual'", next = "review")
    @Default("fulfil")
    void route() {
    }

    @Task(resource = "arn:aws:states:::sqs:sendMessage")
    @Parameters("{\"QueueUrl\": \"https://sqs.us-east-1.amazonaws.com/123456789012/order-review\","
            + " \"MessageBody.$\": \"States.JsonToString($.order)\"}")
    @ResultPath(nullResult = true)
    void review() {
        // the local implementation has nothing to queue: reviewers are a remote concern
    }

    @Parallel(branches = {Payment.class, Inventory.class})
    @ResultPath("$.fulfilment")
    @Catch(errors = "States.ALL", next = "reject", resultPath = "$.error")
    void fulfil() {
    }

    @State("Notify customer")
    @Task(resource = "arn:aws:states:::sns:publish")
    @Parameters("{\"TopicArn\": \"arn:aws:sns:us-east-1:123456789012:order-updates\","
            + " \"Message.$\": \"States.Format('Order {} confirmed', $.order.id)\"}")
    @ResultPath(nullResult = true)
    void announce() {
    }

    @Succeed
    void done() {
    }

    @Fail(error = "OrderRejected", cause = "The order failed validation or fulfilment")
    void reject() {
    }
}
