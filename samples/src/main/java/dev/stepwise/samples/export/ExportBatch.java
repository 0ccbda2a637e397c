package dev.stepwise.samples.export;

import dev.stepwise.annotations.Assign;
import dev.stepwise.annotations.Catch;
import dev.stepwise.annotations.End;
import dev.stepwise.annotations.Fail;
import dev.stepwise.annotations.Flow;
import dev.stepwise.annotations.From;
import dev.stepwise.annotations.Parameters;
import dev.stepwise.annotations.Retry;
import dev.stepwise.annotations.Task;
import java.math.BigDecimal;
import java.util.List;

/**
 * The child workflow a Distributed Map runs for each batch of manifest rows ({@code {"Items": [...],
 * "BatchInput": {...}}}): exports the batch; a batch that cannot be exported is kept in a quarantine table for a
 * person to look at, and then fails, so the Map Run counts it against the failures it tolerates.
 */
@Flow(comment = "Export one batch of manifest rows, quarantining a batch that cannot be exported")
public class ExportBatch {

    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:export-batch", timeoutSeconds = 60)
    @Retry(errors = {"Lambda.TooManyRequestsException", "States.Timeout"}, intervalSeconds = 2, maxAttempts = 3,
            backoffRate = 2)
    @Catch(next = "quarantine",
            output = "{% {'exportDate': $states.input.BatchInput.exportDate, 'recordIds': $states.input.Items.recordId[]} %}",
            assign = @Assign(name = "failure", value = "{% $states.errorOutput %}"))
    @End
    ExportedBatch export(@From("$states.input.Items") List<ManifestRow> rows,
            @From("$states.input.BatchInput.exportDate") String exportDate) {
        BigDecimal total = BigDecimal.ZERO;
        for (ManifestRow row : rows) {
            try {
                total = total.add(new BigDecimal(row.amount().trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("record " + row.recordId() + " has no amount: '" + row.amount()
                        + "'");
            }
        }
        return new ExportedBatch(exportDate, rows.size(), total.toPlainString());
    }

    @Task(resource = "arn:aws:states:::dynamodb:putItem")
    @Parameters("""
            {"TableName": "export-quarantine",
             "Item": {"exportDate": {"S": "{% $states.input.exportDate %}"},
                      "recordIds": {"SS": "{% $states.input.recordIds %}"},
                      "error": {"S": "{% $failure.Error %}"},
                      "cause": {"S": "{% $failure.Cause %}"}}}
            """)
    void quarantine() {
    }

    @Fail(errorPath = "$failure.Error", causePath = "$failure.Cause")
    void batchFailed() {
    }

    /** What exporting one batch achieved. */
    public record ExportedBatch(String exportDate, int records, String total) {
    }
}
