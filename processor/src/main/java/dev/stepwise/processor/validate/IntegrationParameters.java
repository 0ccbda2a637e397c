package dev.stepwise.processor.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.processor.diag.Message;
import dev.stepwise.processor.diag.Problem;
import dev.stepwise.processor.diag.Sites;
import dev.stepwise.processor.model.FlowModel;
import dev.stepwise.processor.model.StateModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters each optimized integration's API requires, from the API references of the services (Lambda
 * Invoke, SQS SendMessage, SNS Publish, DynamoDB's item APIs, ECS RunTask, Glue StartJobRun, Batch SubmitJob, Step
 * Functions StartExecution, EventBridge PutEvents, ...). Step Functions accepts a definition without them, and the
 * call then fails at run time; here a Task whose Parameters (Arguments in JSONata) leave one out is a compile
 * error. A parameter counts as given whether its value is fixed, a path ({@code "Name.$"}) or a JSONata expression.
 * A Task without Parameters passes its whole input as the request, and Arguments that are one expression is
 * evaluated at run time: neither can be checked here.
 */
public final class IntegrationParameters {

    /** For each {@code service:api}, the required parameters; {@code A|B|C} means one of them. */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("lambda:invoke", List.of("FunctionName")),
            Map.entry("sqs:sendMessage", List.of("QueueUrl", "MessageBody")),
            Map.entry("sns:publish", List.of("TopicArn|TargetArn|PhoneNumber", "Message")),
            Map.entry("dynamodb:getItem", List.of("TableName", "Key")),
            Map.entry("dynamodb:putItem", List.of("TableName", "Item")),
            Map.entry("dynamodb:updateItem", List.of("TableName", "Key")),
            Map.entry("dynamodb:deleteItem", List.of("TableName", "Key")),
            Map.entry("ecs:runTask", List.of("TaskDefinition")),
            Map.entry("glue:startJobRun", List.of("JobName")),
            Map.entry("batch:submitJob", List.of("JobName", "JobDefinition", "JobQueue")),
            Map.entry("states:startExecution", List.of("StateMachineArn")),
            Map.entry("events:putEvents", List.of("Entries")),
            Map.entry("athena:startQueryExecution", List.of("QueryString")),
            Map.entry("athena:getQueryExecution", List.of("QueryExecutionId")),
            Map.entry("athena:getQueryResults", List.of("QueryExecutionId")),
            Map.entry("athena:stopQueryExecution", List.of("QueryExecutionId")),
            Map.entry("codebuild:startBuild", List.of("ProjectName")),
            Map.entry("databrew:startJobRun", List.of("Name")),
            Map.entry("bedrock:invokeModel", List.of("ModelId")),
            Map.entry("apigateway:invoke", List.of("ApiEndpoint", "Method")),
            Map.entry("http:invoke", List.of("ApiEndpoint", "Method")));

    private static final Pattern INTEGRATION = Pattern.compile(
            "arn:[^:]+:states:(?:[a-z0-9-]+:\\d{12}|:):([a-z0-9-]+):([A-Za-z0-9]+)(?:\\.sync(?::2)?|\\.waitForTaskToken)?");

    private IntegrationParameters() {
    }

    public static ValidationReport validate(FlowModel flow, Sites sites) {
        List<Problem> problems = new ArrayList<>();
        for (StateModel.Task task : flow.tasks()) {
            Matcher integration = INTEGRATION.matcher(task.resource());
            if (!integration.matches() || task.data().parameters() == null) {
                continue;
            }
            String api = integration.group(1) + ":" + integration.group(2);
            List<String> required = REQUIRED.get(api);
            if (required != null && Json.parse(task.data().parameters().text()) instanceof ObjectNode parameters) {
                for (String names : required) {
                    if (!given(parameters, names.split("\\|"))) {
                        problems.add(Problem.of(Message.MISSING_INTEGRATION_PARAMETER, sites.of(task).on("Task", "resource"),
                                api, names.replace("|", ", ").replaceFirst(", ([^,]+)$", " or $1"),
                                names.contains("|") ? "one of them" : names));
                    }
                }
            }
        }
        return new ValidationReport(problems);
    }

    private static boolean given(ObjectNode parameters, String... names) {
        for (String name : names) {
            JsonNode value = parameters.get(name);
            if ((value != null && !value.isNull()) || parameters.has(name + ".$")) {
                return true;
            }
        }
        return false;
    }
}
