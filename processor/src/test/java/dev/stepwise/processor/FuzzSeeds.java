package dev.stepwise.processor;

import java.util.List;

/**
 * Valid workflows the fuzz test mutates, between them using every Stepwise annotation. Written for the
 * {@link SourceMutator}: one annotation per line, one method per line, every method body a {@code throw} so any
 * return type compiles, and {@code @Flow} classes nested in the workflow so one file is one case.
 * {@code PACKAGE} is replaced by the case's own package.
 */
final class FuzzSeeds {

    static final String BODY = "{ throw new UnsupportedOperationException(); }";

    private FuzzSeeds() {
    }

    static List<String> all() {
        return List.of(ORDERS, TRIP, LOYALTY, IMPORT, EXPORT);
    }

    private static final String HEADER = """
            package PACKAGE;

            import dev.stepwise.annotations.*;
            import java.math.BigDecimal;
            import java.util.List;

            """;

    /** JSONPath: every state type, error handling, data flow and deployment settings, Parallel and Map flows. */
    static final String ORDERS = HEADER + """
            @Workflow(name = "OrderProcessing", comment = "Validate, charge and ship an order", timeoutSeconds = 3600)
            @Tag(key = "team", value = "checkout")
            @Tag(key = "cost-center", value = "cc-1234")
            @Logging(level = Logging.Level.ERROR, includeExecutionData = false, logGroup = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/orders:*")
            @Tracing
            @Publish(alias = "live", description = "adds manual review", deployment = Publish.Deployment.CANARY, percentage = 10, intervalMinutes = 5)
            public class Orders {
                public record Line(String sku, int quantity, BigDecimal unitPrice) {}
                public record Order(String id, String priority, List<Line> lines) {}
                public record Validation(boolean valid, BigDecimal total, int lineCount) {}
                @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:validate-order", timeoutSeconds = 30, heartbeatSeconds = 10)
                @Retry(errors = "Lambda.TooManyRequestsException", intervalSeconds = 2, maxAttempts = 6, backoffRate = 2.0, maxDelaySeconds = 60, jitter = Retry.Jitter.FULL)
                @Retry(errors = "States.ALL", maxAttempts = 1)
                @Catch(errors = "InvalidOrder", next = "reject", resultPath = "$.error")
                @ResultPath("$.validation")
                @Comment("Checks the lines and computes the total")
                Validation validate(@From("$.order") Order order) BODY
                @Choice
                @When(test = "$.validation.total > 1000 || $.order.priority == 'manual'", next = "review")
                @When(test = "$.validation.lineCount == 0", next = "reject")
                @Default("fulfil")
                void route() {}
                @Task(resource = "arn:aws:states:::sqs:sendMessage")
                @Parameters("{\\"QueueUrl\\": \\"https://sqs.us-east-1.amazonaws.com/123456789012/order-review\\", \\"MessageBody.$\\": \\"States.JsonToString($.order)\\"}")
                @ResultPath(nullResult = true)
                void review() {}
                @Wait(seconds = 60)
                void cool() {}
                @Parallel(branches = {Payment.class, Inventory.class})
                @ResultPath("$.fulfilment")
                @Catch(errors = "States.ALL", next = "reject", resultPath = "$.error")
                void fulfil() {}
                @Map(processor = Packing.class, items = "$.order.lines", maxConcurrency = 5, toleratedFailurePercentage = 10)
                @ResultPath("$.packed")
                void pack() {}
                @State("Notify customer")
                @Task(resource = "arn:aws:states:::sns:publish")
                @Parameters("{\\"TopicArn\\": \\"arn:aws:sns:us-east-1:123456789012:order-updates\\", \\"Message.$\\": \\"States.Format('Order {} confirmed', $.order.id)\\"}")
                @ResultPath(nullResult = true)
                void announce() {}
                @Pass(result = "{\\"status\\": \\"shipped\\"}")
                @ResultPath("$.status")
                @OutputPath("$.status")
                void summarize() {}
                @Succeed
                void done() {}
                @Fail(error = "OrderRejected", cause = "The order failed validation or fulfilment")
                void reject() {}
                @Flow(comment = "charges the card")
                public static class Payment {
                    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:charge")
                    @Retry(errors = {"Lambda.ServiceException", "Lambda.SdkClientException"}, maxAttempts = 2)
                    @ResultPath("$.charge")
                    String charge(@From("$.order.id") String orderId, @From("$.validation.total") BigDecimal amount) BODY
                    @Succeed
                    void charged() {}
                }
                @Flow
                public static class Inventory {
                    @Task(resource = "arn:aws:states:::dynamodb:updateItem")
                    @Parameters("{\\"TableName\\": \\"stock\\", \\"Key\\": {\\"sku\\": {\\"S.$\\": \\"$.order.id\\"}}}")
                    @OutputPath("$.Attributes")
                    void reserve() {}
                }
                @Flow
                public static class Packing {
                    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:pack-line")
                    @InputPath("$.sku")
                    String packLine(String sku) BODY
                }
            }
            """.replace("BODY", BODY);

    /** JSONPath saga: paths for timeouts and waits, credentials, compensation through catches, intrinsics. */
    static final String TRIP = HEADER + """
            @Workflow(name = "TripBookingSaga", comment = "Book a trip; compensate on failure", type = Workflow.Type.EXPRESS)
            @ExecutionRole("arn:aws:iam::123456789012:role/trips")
            public class Trip {
                public record Booking(String id, String origin, String destination) {}
                public record Reservation(String reservationId, String description) {}
                @Pass(parameters = "{\\"tripId.$\\": \\"$.trip.id\\", \\"startedAt.$\\": \\"$$.Execution.StartTime\\"}")
                @ResultPath("$.booking")
                @Assign(name = "attempt", value = "States.MathAdd(1, 1)")
                void start() {}
                @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:book-flight", timeoutSecondsPath = "$.limits.timeout", credentials = "{\\"RoleArn\\": \\"arn:aws:iam::123456789012:role/partner\\"}")
                @Retry(errors = "FlightsUnavailable", intervalSeconds = 3, maxAttempts = 2, backoffRate = 1.5)
                @Catch(errors = "States.ALL", next = "bookingFailed", resultPath = "$.error")
                @ResultPath("$.flight")
                Reservation bookFlight(@From("$.trip") Booking trip) BODY
                @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:book-hotel", heartbeatSecondsPath = "$.limits.heartbeat")
                @Catch(errors = {"States.Timeout", "States.TaskFailed"}, next = "cancelFlight", resultPath = "$.error")
                @ResultPath("$.hotel")
                Reservation bookHotel(@From("$.trip.destination") String city, @From("$.trip.id") String tripId) BODY
                @Succeed
                void booked() {}
                @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:cancel-flight")
                @Retry(errors = "States.ALL", intervalSeconds = 2, maxAttempts = 10, backoffRate = 2, maxDelaySeconds = 300)
                @ResultPath("null")
                void cancelFlight(@From("$.flight.reservationId") String reservationId) BODY
                @Wait(secondsPath = "$.limits.settle")
                @Next("bookingFailed")
                void settle() {}
                @Wait(timestamp = "2030-01-31T12:00:00Z")
                @StartAt
                @Next("start")
                void opening() {}
                @Fail(errorPath = "$.error.Error", causePath = "$.error.Cause")
                void bookingFailed() {}
            }
            """.replace("BODY", BODY);

    /** JSONata: variables, Output, Arguments templates, conditions, a JSONata Map and Parallel. */
    static final String LOYALTY = HEADER + """
            @Workflow(name = "LoyaltyPoints", comment = "Award loyalty points", queryLanguage = QueryLanguage.JSONATA, timeoutSeconds = 300)
            @Tag(key = "team", value = "loyalty")
            public class Loyalty {
                public record Member(String memberId, String tier) {}
                @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:load-member", timeoutSeconds = 10)
                @Retry(errors = "Lambda.TooManyRequestsException", intervalSeconds = 1, maxAttempts = 3, backoffRate = 2)
                @Assign(name = "memberId", value = "$states.result.memberId")
                @Assign(name = "tier", value = "$states.result.tier")
                @Assign(name = "amount", value = "$states.input.purchase.amount")
                Member loadMember(@From("$states.input.memberId") String memberId) BODY
                @Choice
                @When(test = "$tier = 'GOLD' and $amount >= 100", next = "doublePoints")
                @Default("standardPoints")
                void byTier() {}
                @Pass
                @Assign(name = "multiplier", value = "2")
                @Next("award")
                void doublePoints() {}
                @Pass
                @Assign(name = "multiplier", value = "1")
                void standardPoints() {}
                @Task(resource = "arn:aws:states:::dynamodb:updateItem")
                @Parameters("{\\"TableName\\": \\"loyalty\\", \\"Key\\": {\\"memberId\\": {\\"S\\": \\"{% $memberId %}\\"}}, \\"UpdateExpression\\": \\"ADD points :p\\", \\"ExpressionAttributeValues\\": {\\":p\\": {\\"N\\": \\"{% $string($floor($amount * $multiplier)) %}\\"}}}")
                @Catch(errors = "States.ALL", next = "failed")
                @Output("{ 'memberId': $memberId, 'points': $floor($amount * $multiplier), 'receipts': [1, 2] }")
                void award() {}
                @Map(processor = Receipt.class, items = "$states.input.receipts", maxConcurrency = 2)
                @Output("$states.result")
                void receipts() {}
                @Parallel(branches = Audit.class)
                void audit() {}
                @Wait(seconds = 5)
                @End
                void settle() {}
                @Fail(error = "AwardFailed", cause = "could not award points")
                void failed() {}
                @Flow
                public static class Receipt {
                    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:receipt")
                    @Output("$states.result.id")
                    com.fasterxml.jackson.databind.JsonNode send(@From("$states.input") String receipt) BODY
                }
                @Flow
                public static class Audit {
                    @Pass
                    @Output("{'audited': true}")
                    void record() {}
                }
            }
            """.replace("BODY", BODY);

    /** JSONPath Map over items with a selector and failure tolerance, a JSONata state in a JSONPath workflow. */
    static final String IMPORT = HEADER + """
            @Workflow(comment = "Import a batch of records", type = Workflow.Type.EXPRESS, timeoutSeconds = 300)
            @Tag(key = "team", value = "data-platform")
            @Logging(level = Logging.Level.ALL, includeExecutionData = true)
            public class Import {
                public record Summary(int count, String firstId) {}
                @Pass(result = "{\\"source\\": \\"s3://imports/daily\\", \\"schemaVersion\\": 2}")
                @ResultPath("$.config")
                void configure() {}
                @Map(items = "$.records", processor = Record.class, maxConcurrency = 10, toleratedFailurePercentage = 5, itemSelector = "{\\"record.$\\": \\"$$.Map.Item.Value\\", \\"position.$\\": \\"$$.Map.Item.Index\\"}")
                @ResultSelector("{\\"imported.$\\": \\"$[*].id\\"}")
                @ResultPath("$.results")
                @Catch(errors = "States.ExceedToleratedFailureThreshold", next = "tooManyFailures", resultPath = "$.failure")
                void importAll() {}
                @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:summarize-import")
                @InputPath("$.results")
                @ResultPath("$.summary")
                @OutputPath("$.summary")
                Summary summarize(@From("$.imported") List<String> imported) BODY
                @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:report")
                @Query(QueryLanguage.JSONATA)
                @Output("{'count': $states.input.count}")
                void report(@From("$states.input.count") int count) BODY
                @Succeed
                void done() {}
                @Fail(error = "ImportRejected", causePath = "$.failure.Cause")
                void tooManyFailures() {}
                @Flow
                public static class Record {
                    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:import-record")
                    @Retry(errors = "Throttled", maxAttempts = 4, intervalSeconds = 1)
                    @ResultPath("$.id")
                    String store(@From("$.record") String record, @From("$.position") int position) BODY
                    @Choice
                    @When(test = "$.id is null", next = "skipped")
                    @Default("stored")
                    void check() {}
                    @Succeed
                    void stored() {}
                    @Pass
                    @End
                    void skipped() {}
                }
            }
            """.replace("BODY", BODY);

    /**
     * JSONata Distributed Map reading S3 and writing results, a catcher's Output and Assign, Comments on retriers
     * and catchers, and the ...Path attributes as expressions.
     */
    static final String EXPORT = HEADER + """
            @Workflow(name = "NightlyExport", queryLanguage = QueryLanguage.JSONATA, timeoutSeconds = 7200)
            public class Export {
                public record Request(String bucket, String key, int width, int limit) {}
                @Map(processor = Batch.class, mode = Map.Mode.DISTRIBUTED, executionType = Map.ExecutionType.EXPRESS, label = "rows", maxConcurrencyPath = "$states.input.width", toleratedFailurePercentage = 10)
                @ItemReader(parameters = "{\\"Bucket\\": \\"{% $states.input.bucket %}\\", \\"Key\\": \\"{% $states.input.key %}\\"}", inputType = ItemReader.InputType.CSV, csvHeaderLocation = ItemReader.CsvHeaderLocation.FIRST_ROW, csvDelimiter = ItemReader.CsvDelimiter.SEMICOLON, maxItemsPath = "$states.input.limit")
                @ItemBatcher(maxItemsPerBatch = 50, batchInput = "{\\"run\\": \\"{% $states.context.Execution.Id %}\\", \\"timeout\\": 30}")
                @ResultWriter(parameters = "{\\"Bucket\\": \\"exports\\", \\"Prefix\\": \\"nightly\\"}", outputType = ResultWriter.OutputType.JSONL, transformation = ResultWriter.Transformation.COMPACT)
                @Catch(errors = "States.ExceedToleratedFailureThreshold", next = "tooManyFailures", output = "{% {'reason': $states.errorOutput.Cause} %}", assign = @Assign(name = "failure", value = "{% $states.errorOutput.Error %}"), comment = "too many bad rows")
                void exportAll() {}
                @Wait(secondsPath = "$states.input.width")
                void settle() {}
                @Succeed
                void done() {}
                @Fail(errorPath = "$failure", causePath = "$states.input.reason")
                void tooManyFailures() {}
                @Flow
                public static class Batch {
                    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:export-rows", timeoutSecondsPath = "$states.input.BatchInput.timeout")
                    @Retry(errors = "Lambda.TooManyRequestsException", maxAttempts = 4, comment = "throttled")
                    @Catch(errors = "States.ALL", next = "skipped", output = "{% $states.errorOutput %}", comment = "keep going")
                    @Output("{% $states.result %}")
                    com.fasterxml.jackson.databind.JsonNode write(@From("$states.input.Items") List<String> items) BODY
                    @Succeed
                    void written() {}
                    @Pass
                    @End
                    void skipped() {}
                }
            }
            """.replace("BODY", BODY);
}
