package showcase;

import dev.stepwise.annotations.*;
import java.util.List;

/** Every condition form and every state field the writer knows, in one workflow. */
@Workflow(name = "Showcase", comment = "Exercises the ASL writer", timeoutSeconds = 600, type = Workflow.Type.STANDARD)
@Tag(key = "purpose", value = "golden")
@Logging(level = Logging.Level.FATAL, logGroup = "arn:aws:logs:eu-west-1:123456789012:log-group:showcase:*")
@Tracing
@ExecutionRole("arn:aws:iam::123456789012:role/showcase")
@Publish(alias = "beta", description = "first cut", routing = {
        @Publish.Route(weight = 90),
        @Publish.Route(version = "arn:aws:states:eu-west-1:123456789012:stateMachine:Showcase:2", weight = 10)})
public class Showcase {

    public record Customer(String name, int age, boolean vip, String joined) {}

    public record Score(double value, String band) {}

    @Task(resource = "arn:aws:lambda:eu-west-1:123456789012:function:score", timeoutSeconds = 60,
            heartbeatSecondsPath = "$.limits.heartbeat",
            credentials = "{\"RoleArn\": \"arn:aws:iam::123456789012:role/partner\"}")
    @InputPath("$.request")
    @ResultSelector("{\"value.$\": \"$.value\", \"band.$\": \"$.band\"}")
    @ResultPath("$.request.score")
    @OutputPath("$.request")
    Score score(@From("$.customer") Customer customer, @From("States.Format('id-{}', $$.Execution.Name)") String id) {
        return new Score(customer.age() / 100.0, "B");
    }

    @Choice
    @Comment("one rule per operator family")
    @When(test = "$.customer.name == 'Ada' && $.customer.age != 36", next = "celebrate")
    @When(test = "$.score.value < 0.5 || $.score.value <= 0.25 || $.score.value > 0.9 || $.score.value >= 0.99", next = "celebrate")
    @When(test = "!($.customer.vip == true) && $.customer.vip != false", next = "celebrate")
    @When(test = "$.customer.joined < timestamp '2020-01-01T00:00:00Z'", next = "celebrate")
    @When(test = "$.customer.joined >= timestamp $.cutoff && $.customer.age > number $.minimumAge", next = "celebrate")
    @When(test = "$.customer.name matches 'A*' && $.score.band == string $.targetBand", next = "celebrate")
    @When(test = "$.note is present && $.note is not null && $.score.value is number", next = "celebrate")
    @When(test = "$.customer.name is string && $.customer.vip is boolean && $.customer.joined is timestamp", next = "celebrate")
    @When(test = "$$.Execution.Name == 'manual' && $.customer.vip == boolean $.flag", next = "hold")
    @Default("each")
    void route() {
    }

    @Wait(timestamp = "2030-01-01T00:00:00Z")
    @Next("each")
    void hold() {
    }

    @Pass(result = "{\"greeting\": \"happy birthday\"}")
    @ResultPath("$.message")
    void celebrate() {
    }

    @Map(items = "$.customer.orders", mode = Map.Mode.DISTRIBUTED, processor = Line.class,
            maxConcurrencyPath = "$.limits.concurrency", toleratedFailureCountPath = "$.limits.failures",
            toleratedFailurePercentagePath = "$.limits.percentage")
    @ResultPath("$.lines")
    @Retry(errors = "States.ItemReaderFailed", intervalSeconds = 3, maxAttempts = 2, backoffRate = 1.5)
    @Catch(errors = {"States.ExceedToleratedFailureThreshold", "States.TaskFailed"}, next = "failed")
    void each() {
    }

    @Wait(secondsPath = "$.limits.pause")
    void pause() {
    }

    @Succeed
    @InputPath("$.lines")
    @OutputPath("$[0]")
    void done() {
    }

    @Fail(errorPath = "$.Error", causePath = "States.Format('failed: {}', $.Cause)")
    void failed() {
    }

    @Flow
    public static class Line {

        @Task(resource = "arn:aws:states:::aws-sdk:s3:putObject")
        @Parameters("{\"Bucket\": \"lines\", \"Key.$\": \"States.UUID()\", \"Body.$\": \"States.JsonToString($)\"}")
        @End
        void put() {
        }
    }
}
