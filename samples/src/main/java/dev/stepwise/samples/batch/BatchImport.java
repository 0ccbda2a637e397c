package dev.stepwise.samples.batch;

import dev.stepwise.annotations.Catch;
import dev.stepwise.annotations.Fail;
import dev.stepwise.annotations.From;
import dev.stepwise.annotations.InputPath;
import dev.stepwise.annotations.Logging;
import dev.stepwise.annotations.Map;
import dev.stepwise.annotations.OutputPath;
import dev.stepwise.annotations.Pass;
import dev.stepwise.annotations.ResultPath;
import dev.stepwise.annotations.ResultSelector;
import dev.stepwise.annotations.Succeed;
import dev.stepwise.annotations.Tag;
import dev.stepwise.annotations.Task;
import dev.stepwise.annotations.Workflow;
import java.util.List;

/** Imports a daily batch of records, tolerating a few bad ones, and summarizes what was imported. */
@Workflow(comment = "Import a batch of records, tolerating a few bad ones", type = Workflow.Type.EXPRESS,
        timeoutSeconds = 300)
@Tag(key = "team", value = "data-platform")
@Logging(level = Logging.Level.ALL, includeExecutionData = true)
public class BatchImport {

    @Pass(result = "{\"source\": \"s3://imports/daily\", \"schemaVersion\": 2}")
    @ResultPath("$.config")
    void configure() {
    }

    @Map(items = "$.records", processor = ImportRecord.class, maxConcurrency = 10, toleratedFailurePercentage = 5,
            itemSelector = "{\"record.$\": \"$$.Map.Item.Value\", \"position.$\": \"$$.Map.Item.Index\","
                    + " \"schemaVersion.$\": \"$.config.schemaVersion\"}")
    @ResultSelector("{\"imported.$\": \"$[*].id\"}")
    @ResultPath("$.results")
    @Catch(errors = "States.ExceedToleratedFailureThreshold", next = "tooManyFailures", resultPath = "$.failure")
    void importAll() {
    }

    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:summarize-import")
    @InputPath("$.results")
    @ResultPath("$.summary")
    @OutputPath("$.summary")
    Summary summarize(@From("$.imported") List<String> imported) {
        return new Summary(imported.size(), imported.isEmpty() ? null : imported.get(0));
    }

    @Succeed
    void done() {
    }

    @Fail(error = "ImportRejected", causePath = "$.failure.Cause")
    void tooManyFailures() {
    }

    /** What the import achieved. */
    public record Summary(int count, String firstId) {
    }
}
