package dev.stepwise.samples;

import dev.stepwise.samples.approval.ExpenseApprovalWorkflow;
import dev.stepwise.samples.batch.BatchImportWorkflow;
import dev.stepwise.samples.callback.InvoicePaymentWorkflow;
import dev.stepwise.samples.export.NightlyExportWorkflow;
import dev.stepwise.samples.loyalty.LoyaltyPointsWorkflow;
import dev.stepwise.samples.order.OrderProcessingWorkflow;
import dev.stepwise.samples.saga.TripBookingWorkflow;
import dev.stepwise.workflow.WorkflowSpec;
import java.util.List;

/** The sample workflows: their class names and their generated (unbound) specs. */
final class SampleWorkflows {

    record Sample(String className, WorkflowSpec spec) {
        String resource() {
            return "META-INF/stepwise/" + className + ".asl.json";
        }

        @Override
        public String toString() {
            return className;
        }
    }

    static final List<Sample> ALL = List.of(
            new Sample("dev.stepwise.samples.order.OrderProcessing", new OrderProcessingWorkflow()),
            new Sample("dev.stepwise.samples.batch.BatchImport", new BatchImportWorkflow()),
            new Sample("dev.stepwise.samples.approval.ExpenseApproval", new ExpenseApprovalWorkflow()),
            new Sample("dev.stepwise.samples.saga.TripBooking", new TripBookingWorkflow()),
            new Sample("dev.stepwise.samples.loyalty.LoyaltyPoints", new LoyaltyPointsWorkflow()),
            new Sample("dev.stepwise.samples.callback.InvoicePayment", new InvoicePaymentWorkflow()),
            new Sample("dev.stepwise.samples.export.NightlyExport", new NightlyExportWorkflow()));

    private SampleWorkflows() {
    }
}
