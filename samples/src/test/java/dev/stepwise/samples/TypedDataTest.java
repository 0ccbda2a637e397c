package dev.stepwise.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.samples.approval.ExpenseApproval;
import dev.stepwise.samples.approval.ExpenseApprovalWorkflow;
import dev.stepwise.samples.batch.BatchImportWorkflow;
import dev.stepwise.samples.batch.ImportRecord;
import dev.stepwise.samples.order.InvalidOrder;
import dev.stepwise.samples.order.Order;
import dev.stepwise.samples.order.OrderProcessing;
import dev.stepwise.samples.order.OrderProcessingWorkflow;
import dev.stepwise.workflow.WorkflowSpec;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated records and bindings: the JSON a record serializes to is the document the state machine reads,
 * and a bound task turns its effective Parameters into method arguments and its result into JSON.
 */
class TypedDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Order ORDER = new Order("o-1", "c-9", "normal",
            List.of(new Order.Line("sku-1", 2, new BigDecimal("12.50")), new Order.Line("sku-2", 1, new BigDecimal("5"))));

    @Test
    void theInputRecordSerializesToTheDocumentTheStatesRead() throws Exception {
        String json = JSON.writeValueAsString(new OrderProcessingWorkflow.Input(ORDER));

        JsonNode tree = JSON.readTree(json);
        assertThat(tree.fieldNames()).toIterable().containsExactly("order");
        assertThat(tree.at("/order/lines/0/unitPrice").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(JSON.readValue(json, OrderProcessingWorkflow.Input.class)).isEqualTo(new OrderProcessingWorkflow.Input(ORDER));
    }

    @Test
    void theInputRecordTypesFieldsFromTheParametersThatReadThem() throws Exception {
        var expense = new ExpenseApproval.Expense("e-1", "ada", new BigDecimal("120.00"), "2026-12-01T09:00:00Z");
        String json = "{\"expense\":{\"id\":\"e-1\",\"employee\":\"ada\",\"amount\":120.00,\"payDate\":\"2026-12-01T09:00:00Z\"}}";

        assertThat(JSON.readValue(json, ExpenseApprovalWorkflow.Input.class).expense()).isEqualTo(expense);
        assertThat(JSON.readTree(JSON.writeValueAsString(new ExpenseApprovalWorkflow.Input(expense)))).isEqualTo(JSON.readTree(json));
    }

    @Test
    void aBoundTaskReadsItsParameterByKeyAndWritesItsResult() throws Exception {
        WorkflowSpec bound = OrderProcessingWorkflow.bind(new OrderProcessing());

        String result = bound.tasks().get("validate").invoke(JSON.writeValueAsString(new OrderProcessingWorkflow.Input(ORDER)));

        assertThat(JSON.readTree(result)).isEqualTo(JSON.readTree("{\"valid\":true,\"total\":30.00,\"lineCount\":2}"));
    }

    @Test
    void aBoundTaskLetsTheMethodsExceptionThrough() {
        WorkflowSpec bound = OrderProcessingWorkflow.bind(new OrderProcessing());

        assertThatThrownBy(() -> bound.tasks().get("validate").invoke("{\"order\":{\"id\":\"o-2\",\"lines\":[]}}"))
                .isInstanceOf(InvalidOrder.class).hasMessageContaining("o-2");
    }

    @Test
    void everyTaskStateIsBoundIncludingBranchesAndVoidTasks() throws Exception {
        WorkflowSpec bound = OrderProcessingWorkflow.bind(new OrderProcessing());

        assertThat(bound.tasks()).containsOnlyKeys("validate", "review", "charge", "reserve", "Notify customer");
        assertThat(bound.tasks().get("Notify customer").invoke("{}")).isEqualTo("null");
        assertThat(new OrderProcessingWorkflow().tasks()).isEmpty();
    }

    @Test
    void aTaskWithSeveralParametersReadsThemThroughItsParametersRecord() throws Exception {
        String parameters = "{\"record\":{\"key\":\" ROW-7 \",\"payload\":\" data \"},\"schemaVersion\":2}";

        String result = BatchImportWorkflow.bind(new dev.stepwise.samples.batch.BatchImport()).tasks().get("parse")
                .invoke(parameters);

        assertThat(JSON.readTree(result)).isEqualTo(JSON.readTree("{\"id\":\"row-7\",\"payload\":\"data\",\"schemaVersion\":2}"));
        assertThat(JSON.readValue(parameters, BatchImportWorkflow.ParseParameters.class))
                .isEqualTo(new BatchImportWorkflow.ParseParameters(new ImportRecord.RawRecord(" ROW-7 ", " data "), 2));
    }

    @Test
    void metadataCarriesTheWorkflowSettings() {
        var metadata = new OrderProcessingWorkflow().metadata();

        assertThat(metadata.tags()).containsEntry("team", "checkout").containsEntry("cost-center", "cc-1234");
        assertThat(metadata.roleArn()).isEqualTo("arn:aws:iam::123456789012:role/orders");
        assertThat(metadata.tracing()).isTrue();
        assertThat(metadata.publish().alias()).isEqualTo("live");
        assertThat(new BatchImportWorkflow().metadata().type()).isEqualTo("EXPRESS");
    }
}
