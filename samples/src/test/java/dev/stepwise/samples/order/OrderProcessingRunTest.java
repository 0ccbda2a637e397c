package dev.stepwise.samples.order;

import static dev.stepwise.test.ExecutionHistory.enteredStates;
import static dev.stepwise.test.ExecutionHistory.errors;
import static dev.stepwise.test.StepwiseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.task.TaskHandler;
import dev.stepwise.test.MockConfig;
import dev.stepwise.test.StepwiseTest;
import dev.stepwise.workflow.FlowInstances;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * OrderProcessing on the local runtime, bound to its own methods; the SQS, SNS and DynamoDB integrations are
 * mocked per resource ARN, as a user would, and a declined card comes from a Step Functions Local mock file.
 */
@StepwiseTest
class OrderProcessingRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SQS = "arn:aws:states:::sqs:sendMessage";
    private static final String SNS = "arn:aws:states:::sns:publish";
    private static final String DYNAMODB = "arn:aws:states:::dynamodb:putItem";

    /** What each mocked service received, by resource ARN. */
    private final Map<String, List<JsonNode>> received = new ConcurrentHashMap<>();

    private static final String ALERTS = "arn:aws:sns:us-east-1:123456789012:order-alerts";

    /** The status change events @OnStatusChange sends to the alerts topic. */
    private final List<JsonNode> alerts = new CopyOnWriteArrayList<>();

    private final LocalRuntime runtime;

    /** The kit's builder: the virtual clock, and the test's {@code @MockConfig} if it has one. */
    OrderProcessingRunTest(LocalRuntime.Builder builder) {
        runtime = builder
                .eventTarget(ALERTS, alerts::add)
                .handler(SQS, recording(SQS, "{\"MessageId\": \"m-1\"}"))
                .handler(SNS, recording(SNS, "{\"MessageId\": \"m-2\"}"))
                .handler(DYNAMODB, recording(DYNAMODB, "{}"))
                .build();
    }

    @Test
    void aSmallOrderIsChargedReservedAndAnnouncedWithoutReview() throws Exception {
        Execution run = runtime.start(OrderProcessingWorkflow.bind(new OrderProcessing()),
                new OrderProcessingWorkflow.Input(order("o-1", "normal", "12.50", 2)));

        assertThat(run).succeeded()
                .enteredStates("validate", "route", "fulfil", "charge", "reserve", "reserved", "Notify customer",
                        "done")
                .hasEventCount("ExecutionSucceeded", 1)
                .outputAs(OrderProcessingWorkflow.Output.class).satisfies(output -> {
                    assertThat(output.validation().total()).isEqualByComparingTo("25.00");
                    Payment.Charge charge = output.fulfilment().payment();
                    assertThat(charge.chargeId()).startsWith("ch-c-9-25");
                    assertThat(charge.amount()).isEqualByComparingTo("25");
                    assertThat(output.fulfilment().inventory())
                            .isEqualTo(JSON.readTree("{\"orderId\": \"o-1\", \"reserved\": true}"));
                });
        assertThat(run.output().path("validation").path("total").decimalValue())
                .as("decimals keep their scale through the bound method").hasToString("25.00");
        assertThat(received).doesNotContainKey(SQS);
        assertThat(received.get(DYNAMODB)).singleElement()
                .satisfies(put -> assertThat(put.at("/Item/orderId/S").asText()).isEqualTo("o-1"));
        assertThat(received.get(SNS)).singleElement()
                .satisfies(publish -> assertThat(publish.get("Message").asText()).isEqualTo("Order o-1 confirmed"));
    }

    @Test
    void anOrderAboveTheThresholdIsQueuedForReviewFirst() throws Exception {
        Execution run = runtime.start(OrderProcessingWorkflow.bind(new OrderProcessing()),
                new OrderProcessingWorkflow.Input(order("o-2", "normal", "600", 2)));

        assertThat(run).succeeded();
        assertThat(enteredStates(run)).containsSubsequence("route", "review", "fulfil");
        JsonNode message = received.get(SQS).get(0);
        assertThat(message.get("QueueUrl").asText()).endsWith("/order-review");
        assertThat(JSON.readTree(message.get("MessageBody").asText()).get("id").asText()).isEqualTo("o-2");
    }

    @Test
    void aManualPriorityOrderIsReviewedWhateverItsTotal() {
        Execution run = runtime.start(OrderProcessingWorkflow.bind(new OrderProcessing()),
                new OrderProcessingWorkflow.Input(order("o-3", "manual", "1", 1)));

        assertThat(run).succeeded().entered("review");
        assertThat(received.get(SQS)).hasSize(1);
    }

    @Test
    void aThrottledValidationIsRetriedUntilItSucceeds() {
        OrderProcessing throttledTwice = new OrderProcessing() {
            private int calls;

            @Override
            Validation validate(Order order) throws InvalidOrder {
                if (++calls <= 2) {
                    throw new StatesError("Lambda.TooManyRequestsException", "Rate exceeded");
                }
                return super.validate(order);
            }
        };

        Execution run = runtime.start(OrderProcessingWorkflow.bind(throttledTwice),
                new OrderProcessingWorkflow.Input(order("o-4", "normal", "10", 1)));

        assertThat(run).succeeded().retried("validate", 2)
                .hasEventCount("LambdaFunctionSucceeded", 2) // validate, then charge
                .enteredStates("validate", "route", "fulfil", "charge", "reserve", "reserved", "Notify customer",
                        "done");
        assertThat(errors(run, "LambdaFunctionFailed"))
                .containsExactly("Lambda.TooManyRequestsException", "Lambda.TooManyRequestsException");
    }

    @Test
    void aFailedOrderSendsItsStatusChangeToTheAlertsTopicAsEventBridgeWould() {
        Execution ok = runtime.start(OrderProcessingWorkflow.bind(new OrderProcessing()),
                new OrderProcessingWorkflow.Input(order("o-6", "normal", "12.50", 2)));
        assertThat(ok).succeeded();
        assertThat(alerts).isEmpty();

        Execution rejected = runtime.start(OrderProcessingWorkflow.bind(new OrderProcessing()),
                new OrderProcessingWorkflow.Input(new Order("o-7", "c-9", "normal", List.of())));
        assertThat(rejected).failedWith("OrderRejected");
        assertThat(alerts).singleElement().satisfies(event -> {
            assertThat(event.get("source").asText()).isEqualTo("aws.states");
            assertThat(event.get("detail-type").asText()).isEqualTo("Step Functions Execution Status Change");
            assertThat(event.at("/detail/status").asText()).isEqualTo("FAILED");
            assertThat(event.at("/detail/error").asText()).isEqualTo("OrderRejected");
            assertThat(event.at("/detail/executionArn").asText()).isEqualTo(rejected.arn());
        });
    }

    @Test
    void anOrderWithoutLinesIsCaughtAndRejected() {
        Execution run = runtime.start(OrderProcessingWorkflow.bind(new OrderProcessing()),
                new OrderProcessingWorkflow.Input(new Order("o-5", "c-9", "normal", List.of())));

        assertThat(run).failedWith("OrderRejected", "The order failed validation or fulfilment")
                .caught("validate", "InvalidOrder").enteredStates("validate", "reject");
        assertThat(errors(run, "LambdaFunctionFailed")).containsExactly("InvalidOrder");
        assertThat(received).isEmpty();
    }

    @Test
    @MockConfig(file = "mocks/OrderProcessing.json", testCase = "CardDeclined")
    void aDeclinedCardIsRetriedOnceThenTheParallelFailureRejectsTheOrder() {
        Execution run = runtime.start(OrderProcessingWorkflow.bind(new OrderProcessing()),
                new OrderProcessingWorkflow.Input(order("o-6", "normal", "10", 1)));

        assertThat(run).failedWith("OrderRejected").retried("charge", 1).caught("fulfil", "CardDeclined")
                .hasEventCount("ParallelStateFailed", 1).neverEntered("Notify customer");
        assertThat(errors(run, "LambdaFunctionFailed")).containsExactly("CardDeclined", "CardDeclined");
        assertThat(enteredStates(run)).endsWith("reject");
    }

    @Test
    void aBranchFlowReplacedByAFakeRunsTheFakesMethodWithTheTypedParameters() throws Exception {
        List<BigDecimal> charged = new CopyOnWriteArrayList<>();
        Payment fakePayment = new Payment() {
            @Override
            Charge charge(String customerId, BigDecimal amount) {
                charged.add(amount);
                return new Charge("fake-" + customerId, amount);
            }
        };

        Execution run = runtime.start(
                OrderProcessingWorkflow.bind(new OrderProcessing(), FlowInstances.of(Payment.class, fakePayment)),
                new OrderProcessingWorkflow.Input(order("o-7", "normal", "7.50", 2)));

        assertThat(charged).singleElement().satisfies(amount -> assertThat(amount).isEqualByComparingTo("15"));
        assertThat(run).succeeded().outputAs(OrderProcessingWorkflow.Output.class).satisfies(output -> {
            assertThat(output.fulfilment().payment().chargeId()).isEqualTo("fake-c-9");
            assertThat(output.fulfilment().inventory().get("reserved").asBoolean())
                    .as("Inventory still runs its own").isTrue();
        });
    }

    @Test
    void aFlowTheWorkflowDoesNotRunIsRefusedWhenBinding() {
        assertThatThrownBy(() -> OrderProcessingWorkflow.bind(new OrderProcessing(),
                FlowInstances.of(Validation.class, new Validation(true, BigDecimal.ONE, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workflow OrderProcessing runs no @Flow class dev.stepwise.samples.order.Validation;"
                        + " its flows are dev.stepwise.samples.order.Payment, dev.stepwise.samples.order.Inventory");
    }

    private static Order order(String id, String priority, String unitPrice, int quantity) {
        return new Order(id, "c-9", priority, List.of(new Order.Line("sku-1", quantity, new BigDecimal(unitPrice))));
    }

    private TaskHandler recording(String resource, String response) {
        return (input, context) -> {
            received.computeIfAbsent(resource, key -> new CopyOnWriteArrayList<>()).add(input);
            return JSON.readTree(response);
        };
    }
}
