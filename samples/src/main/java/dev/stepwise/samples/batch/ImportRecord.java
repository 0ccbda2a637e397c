package dev.stepwise.samples.batch;

import dev.stepwise.annotations.End;
import dev.stepwise.annotations.Flow;
import dev.stepwise.annotations.From;
import dev.stepwise.annotations.OutputPath;
import dev.stepwise.annotations.Parameters;
import dev.stepwise.annotations.ResultPath;
import dev.stepwise.annotations.Retry;
import dev.stepwise.annotations.Task;
import java.util.Locale;

/** Map item processor: parses one raw record and stores it. */
@Flow(comment = "Parse and store one record")
public class ImportRecord {

    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:parse-record")
    @Retry(errors = "Lambda.TooManyRequestsException", intervalSeconds = 1, maxAttempts = 4, backoffRate = 2)
    @ResultPath("$.parsed")
    Parsed parse(@From("$.record") RawRecord record, @From("$.schemaVersion") int schemaVersion) {
        String id = record.key().trim().toLowerCase(Locale.ROOT);
        if (id.isEmpty()) {
            throw new IllegalArgumentException("record without key");
        }
        return new Parsed(id, record.payload().trim(), schemaVersion);
    }

    @Task(resource = "arn:aws:states:::dynamodb:putItem")
    @Parameters("{\"TableName\": \"imports\", \"Item\": {\"id\": {\"S.$\": \"$.parsed.id\"},"
            + " \"payload\": {\"S.$\": \"$.parsed.payload\"}}}")
    @ResultPath(nullResult = true)
    @OutputPath("$.parsed")
    @End
    void store() {
    }

    /** A record as it arrives in the batch. */
    public record RawRecord(String key, String payload) {
    }

    /** A record after parsing. */
    public record Parsed(String id, String payload, int schemaVersion) {
    }
}
