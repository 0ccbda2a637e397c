package dev.stepwise.samples.operations;

import static dev.stepwise.test.ExecutionHistory.enteredStates;
import static dev.stepwise.test.ExecutionHistory.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.runtime.Execution;
import dev.stepwise.runtime.ExecutionStatus;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.runtime.history.HistoryEvent;
import dev.stepwise.runtime.logging.LogLevel;
import dev.stepwise.runtime.logging.LoggingConfiguration;
import dev.stepwise.runtime.task.TaskHandler;
import dev.stepwise.runtime.versions.Route;
import dev.stepwise.runtime.versions.StateMachineAlias;
import dev.stepwise.test.StepwiseTest;
import dev.stepwise.samples.approval.ExpenseApproval;
import dev.stepwise.samples.approval.ExpenseApprovalWorkflow;
import dev.stepwise.samples.order.Order;
import dev.stepwise.samples.order.OrderProcessing;
import dev.stepwise.samples.order.OrderProcessingWorkflow;
import dev.stepwise.workflow.WorkflowMetadata;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The operations side of the samples, on the real workflows bound to their methods: stopping a waiting execution,
 * redriving a failed one, deploying a canary as {@code @Publish} declares it, and the logs a declared
 * {@code @Logging} level keeps.
 */
@StepwiseTest
class OperationsRunTest {

    /** The kit's builder for this test: the virtual clock unless the test says otherwise. */
    private final LocalRuntime.Builder builder;

    OperationsRunTest(LocalRuntime.Builder builder) {
        this.builder = builder;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPROVAL_QUEUE = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
    private static final String SNS = "arn:aws:states:::sns:publish";
    private static final String DYNAMODB = "arn:aws:states:::dynamodb:putItem";

    @Test
    void anExpenseWaitingForTheManagerIsStoppedAndItsApprovalRequestAborted() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        TaskHandler silentManager = (input, context) -> {
            asked.countDown();
            answered.await(10, TimeUnit.SECONDS); // nobody decides while the test looks
            return JSON.readTree("{\"approved\": true, \"comment\": \"too late\"}");
        };
        // real threads and real time: the test stops the execution while the handler blocks
        LocalRuntime runtime = builder.clock(Clocks.system()).handler(APPROVAL_QUEUE, silentManager).build();

        Execution run = runtime.start(ExpenseApprovalWorkflow.bind(new ExpenseApproval()),
                new ExpenseApprovalWorkflow.Input(new ExpenseApproval.Expense("e-7", "ada", new BigDecimal("80.00"),
                        "2024-01-05T09:00:00Z")));
        try {
            assertThat(asked.await(10, TimeUnit.SECONDS)).as("the approval was requested").isTrue();
            assertThat(run.status()).isEqualTo(ExecutionStatus.RUNNING);
            run.stop("ClaimWithdrawn", "the employee withdrew the claim");
        } finally {
            answered.countDown();
        }

        assertThat(run.await(Duration.ofSeconds(10))).isTrue();
        assertThat(run.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(run.history()).extracting(HistoryEvent::type).endsWith("TaskStateAborted", "ExecutionAborted");
        assertThat(events(run, "ExecutionAborted").get(0).detail("error").asText()).isEqualTo("ClaimWithdrawn");
        assertThat(events(run, "ExecutionAborted").get(0).detail("cause").asText())
                .isEqualTo("the employee withdrew the claim");
        assertThat(enteredStates(run)).as("the late answer moves nothing on").containsExactly("requestApproval");
        assertThat(run.describe().stopDate()).isNotNull();
        assertThat(run.output()).isNull();
    }

    @Test
    void anOrderWhoseNotificationFailedIsRedrivenToSuccessWithoutChargingOrReservingAgain() {
        AtomicInteger notifications = new AtomicInteger();
        AtomicInteger reservations = new AtomicInteger();
        LocalRuntime runtime = builder
                .handler(SNS, (input, context) -> {
                    if (notifications.incrementAndGet() == 1) {
                        throw new StatesError("SNS.InternalErrorException", "topic unavailable");
                    }
                    return JSON.readTree("{\"MessageId\": \"m-1\"}");
                })
                .handler(DYNAMODB, (input, context) -> {
                    reservations.incrementAndGet();
                    return JSON.createObjectNode();
                })
                .build();

        Execution run = runtime.start(OrderProcessingWorkflow.bind(new OrderProcessing()),
                new OrderProcessingWorkflow.Input(order("o-8", "3")));
        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.error()).isEqualTo("SNS.InternalErrorException");
        assertThat(run.notRedrivableReason()).isNull();

        run.redrive().await();

        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.redriveCount()).isEqualTo(1);
        assertThat(run.describe().redriveCount()).isEqualTo(1);
        assertThat(events(run, "ExecutionRedriven")).hasSize(1);
        assertThat(run.history()).extracting(HistoryEvent::type)
                .containsSubsequence("ExecutionFailed", "ExecutionRedriven", "ExecutionSucceeded");
        assertThat(enteredStates(run)).as("the redrive resumes at the failed state")
                .containsSubsequence("fulfil", "Notify customer", "Notify customer", "done")
                .containsOnlyOnce("validate", "fulfil");
        assertThat(reservations).as("the stock is reserved once").hasValue(1);
        assertThat(notifications).hasValue(2);
        assertThat(run.output().at("/validation/total").decimalValue()).isEqualByComparingTo("3");
    }

    @Test
    void theDeclaredCanarySendsItsShareOfOrdersToTheNewVersionAndEachExecutionRecordsWhichOne() {
        WorkflowMetadata.Publication declared = OrderProcessingWorkflow.METADATA.publish();
        assertThat(declared.deployment()).isEqualTo("CANARY");
        LocalRuntime runtime = orderRuntime().seed(2024).build();
        StateMachineAlias live = runtime.deploy(
                OrderProcessingWorkflow.bind(new OrderProcessing()).withDefinition(previousDefinition()));
        String previous = live.routes().get(0).version().arn();

        runtime.deploy(OrderProcessingWorkflow.bind(new OrderProcessing()));

        String canary = live.routes().get(0).version().arn();
        assertThat(live.name()).isEqualTo(declared.alias());
        assertThat(live.routes()).extracting(route -> route.version().arn(), Route::weight).containsExactly(
                tuple(canary, declared.percentage()), tuple(previous, 100 - declared.percentage()));
        assertThat(canary).isNotEqualTo(previous).endsWith(":OrderProcessing:2");
        assertThat(live.routes().get(0).version().description()).isEqualTo(declared.description());

        List<Execution> runs = IntStream.range(0, 200)
                .mapToObj(i -> runtime.start(live, "order-" + i,
                        new OrderProcessingWorkflow.Input(order("o-" + i, "4"))))
                .toList();

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            HistoryEvent started = run.history().get(0);
            assertThat(started.detail("stateMachineAliasArn").asText()).isEqualTo(live.arn());
            assertThat(run.describe().aliasArn()).isEqualTo(live.arn());
        });
        Map<String, Long> byVersion = runs.stream().collect(Collectors.groupingBy(
                run -> run.history().get(0).detail("stateMachineVersionArn").asText(), Collectors.counting()));
        assertThat(byVersion).containsOnlyKeys(canary, previous);
        assertThat(byVersion.get(canary)).as("about %d%% of 200", declared.percentage()).isBetween(8L, 35L);
    }

    @Test
    void aFailedOrderIsLoggedAtTheDeclaredErrorLevelWithoutExecutionData() {
        List<ObjectNode> records = new CopyOnWriteArrayList<>();
        LocalRuntime runtime = orderRuntime().logSink(records::add).build();

        Execution run = runtime.start(OrderProcessingWorkflow.bind(new OrderProcessing()),
                new OrderProcessingWorkflow.Input(new Order("o-9", "c-9", "normal", List.of())));

        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.stateMachine().settings().logging()).as("from @Logging")
                .isEqualTo(LoggingConfiguration.of(LogLevel.ERROR, false));
        List<String> logged = records.stream().map(record -> record.get("type").asText()).toList();
        List<String> errorEvents = run.history().stream().map(HistoryEvent::type).filter(LogLevel.ERROR::logs)
                .toList();
        assertThat(logged).isEqualTo(errorEvents).contains("FailStateEntered", "ExecutionFailed")
                .doesNotContain("ExecutionStarted", "TaskStateEntered", "TaskSucceeded");
        assertThat(run.history().size()).isGreaterThan(logged.size());
        assertThat(records).allSatisfy(record -> {
            assertThat(record.get("execution_arn").asText()).isEqualTo(run.arn());
            assertThat(record.get("details").has("input")).isFalse();
            assertThat(record.get("details").has("output")).isFalse();
        });
        JsonNode failed = records.get(records.size() - 1).get("details");
        assertThat(failed.get("error").asText()).isEqualTo("OrderRejected");
    }

    /** The builder every order test starts from: SNS and DynamoDB answered, the clock virtual. */
    private LocalRuntime.Builder orderRuntime() {
        return builder
                .handler(SNS, (input, context) -> JSON.readTree("{\"MessageId\": \"m-1\"}"))
                .handler(DYNAMODB, (input, context) -> JSON.createObjectNode());
    }

    private static Order order(String id, String unitPrice) {
        return new Order(id, "c-9", "normal", List.of(new Order.Line("sku-1", 1, new BigDecimal(unitPrice))));
    }

    /** The definition live before this build: this one under an older Comment. */
    private static String previousDefinition() {
        ObjectNode definition;
        try {
            definition = (ObjectNode) JSON.readTree(OrderProcessingWorkflow.DEFINITION);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return definition.put("Comment", "Validate, charge and ship an order (before manual review)").toString();
    }
}
