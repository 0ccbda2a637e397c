package dev.stepwise.samples.export;

import dev.stepwise.annotations.Assign;
import dev.stepwise.annotations.Catch;
import dev.stepwise.annotations.Fail;
import dev.stepwise.annotations.From;
import dev.stepwise.annotations.ItemBatcher;
import dev.stepwise.annotations.ItemReader;
import dev.stepwise.annotations.Map;
import dev.stepwise.annotations.Output;
import dev.stepwise.annotations.QueryLanguage;
import dev.stepwise.annotations.ResultWriter;
import dev.stepwise.annotations.Succeed;
import dev.stepwise.annotations.Tag;
import dev.stepwise.annotations.Task;
import dev.stepwise.annotations.Workflow;

/**
 * Exports a night's records, written in JSONata. A Distributed Map reads the night's CSV manifest from S3, hands
 * the rows to {@link ExportBatch} child workflows fifty at a time, tolerates a few failed batches and writes every
 * batch's outcome back to S3; a summary then reads where they went. Too many failed batches reject the export.
 */
@Workflow(name = "NightlyExport", comment = "Export a night's records from its CSV manifest, batch by batch",
        queryLanguage = QueryLanguage.JSONATA, input = ExportRequest.class, timeoutSeconds = 7200)
@Tag(key = "team", value = "data-platform")
public class NightlyExport {

    @Map(processor = ExportBatch.class, mode = Map.Mode.DISTRIBUTED, executionType = Map.ExecutionType.EXPRESS,
            label = "nightly", maxConcurrency = 10, toleratedFailurePercentage = 10)
    @ItemReader(parameters = """
            {"Bucket": "nightly-export-manifests", "Key": "{% $states.input.manifestKey %}"}""",
            inputType = ItemReader.InputType.CSV, csvHeaderLocation = ItemReader.CsvHeaderLocation.FIRST_ROW,
            csvDelimiter = ItemReader.CsvDelimiter.SEMICOLON)
    @ItemBatcher(maxItemsPerBatch = 50, batchInput = """
            {"exportDate": "{% $states.input.exportDate %}"}""")
    @ResultWriter(parameters = """
            {"Bucket": "nightly-export-results", "Prefix": "exports"}""")
    @Assign(name = "exportDate", value = "{% $states.input.exportDate %}")
    @Catch(errors = "States.ExceedToleratedFailureThreshold", next = "exportRejected",
            output = "{% {'exportDate': $states.input.exportDate, 'manifest': $states.input.manifestKey} %}",
            assign = @Assign(name = "rejection", value = "{% $states.errorOutput.Cause %}"))
    void exportRecords() {
    }

    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:summarize-export")
    @Output("{% $states.result %}")
    ExportSummary summarize(@From("$exportDate") String exportDate,
            @From("$states.input.ResultWriterDetails.Bucket") String resultBucket,
            @From("$states.input.ResultWriterDetails.Key") String resultManifest) {
        return new ExportSummary(exportDate, "s3://" + resultBucket + "/" + resultManifest);
    }

    @Succeed
    void done() {
    }

    @Fail(error = "ExportRejected", causePath = "$rejection")
    void exportRejected() {
    }

    /** Where a night's export results are: the ResultWriter's manifest lists the batches' result files. */
    public record ExportSummary(String exportDate, String results) {
    }
}
