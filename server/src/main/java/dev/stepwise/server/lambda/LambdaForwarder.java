package dev.stepwise.server.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.error.StatesError;
import dev.stepwise.asl.error.StatesErrors;
import dev.stepwise.runtime.task.TaskContext;
import dev.stepwise.runtime.task.TaskHandler;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the Lambda tasks no mock or handler covers on a local Lambda emulator, as Step Functions Local's
 * {@code LAMBDA_ENDPOINT} does: Lambda's Invoke API ({@code POST /2015-03-31/functions/<name>/invocations}) at the
 * given endpoint. Both task forms are served: the {@code lambda:invoke} integration (its result is Invoke's response:
 * {@code StatusCode}, {@code ExecutedVersion}, {@code Payload}) and a function ARN as the resource (its result is the
 * function's own). A function error becomes the task's error, named by the function's {@code errorType}.
 *
 * <p>Uses the JDK's HTTP client: one POST per call needs nothing more, and it honours the interrupt a task timeout
 * or a stop sends.
 */
public final class LambdaForwarder implements TaskHandler {

    /** {@code arn:<partition>:states:<region?>:<account?>:lambda:invoke} and its callback form. */
    private static final Pattern INVOKE = Pattern.compile("arn:[^:]+:states:[^:]*:[^:]*:lambda:invoke"
            + "(\\.waitForTaskToken)?");
    /** {@code arn:<partition>:lambda:<region>:<account>:function:<name>[:<qualifier>]}. */
    private static final Pattern FUNCTION = Pattern.compile("arn:[^:]+:lambda:[^:]+:[^:]+:function:([^:]+)(?::(.+))?");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final URI endpoint;
    private final HttpClient client;

    public LambdaForwarder(URI endpoint) {
        this.endpoint = endpoint;
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    @Override
    public JsonNode handle(JsonNode input, TaskContext context) throws IOException, InterruptedException {
        String resource = context.resource();
        if (INVOKE.matcher(resource).matches()) {
            String function = input.path("FunctionName").asText(null);
            if (function == null) {
                throw new StatesError(StatesErrors.TASK_FAILED, "The lambda:invoke task '" + context.stateName()
                        + "' gives no FunctionName");
            }
            JsonNode payload = input.has("Payload") ? input.get("Payload") : Json.NODES.objectNode();
            Invocation done = invoke(function, input.path("Qualifier").asText(null), payload);
            ObjectNode result = Json.NODES.objectNode();
            result.put("ExecutedVersion", done.version());
            result.set("Payload", done.payload());
            result.put("StatusCode", done.status());
            return result;
        }
        Matcher function = FUNCTION.matcher(resource);
        if (function.matches()) {
            return invoke(function.group(1), function.group(2), input).payload();
        }
        throw new StatesError(StatesErrors.TASK_FAILED, "No mock or local handler for resource '" + resource
                + "' (state '" + context.stateName() + "'); the Lambda endpoint " + endpoint
                + " serves Lambda tasks only");
    }

    private record Invocation(int status, String version, JsonNode payload) {
    }

    private Invocation invoke(String function, String qualifier, JsonNode payload)
            throws IOException, InterruptedException {
        String path = "/2015-03-31/functions/" + URLEncoder.encode(function, StandardCharsets.UTF_8)
                + "/invocations" + (qualifier == null ? "" : "?Qualifier="
                        + URLEncoder.encode(qualifier, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(path))
                .header("Content-Type", "application/json")
                .header("X-Amz-Invocation-Type", "RequestResponse")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(payload))).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StatesError("Lambda.SdkClientException", "Unable to reach the Lambda endpoint " + endpoint
                    + ": " + e);
        }
        String body = response.body();
        if (response.statusCode() / 100 != 2) {
            throw new StatesError(serviceError(response.statusCode()), body);
        }
        JsonNode result = body.isBlank() ? Json.NODES.nullNode() : parse(body);
        if (response.headers().firstValue("X-Amz-Function-Error").isPresent()) {
            String type = result.path("errorType").asText("");
            throw new StatesError(type.isEmpty() ? "Lambda.Unknown" : type, body);
        }
        return new Invocation(response.statusCode(), response.headers().firstValue("X-Amz-Executed-Version")
                .orElse("$LATEST"), result);
    }

    private static JsonNode parse(String body) {
        try {
            return Json.parse(body);
        } catch (IllegalArgumentException e) {
            return Json.NODES.textNode(body); // a function may return a bare string, as text
        }
    }

    /** Lambda's API errors as Step Functions names them for a task. */
    private static String serviceError(int status) {
        return switch (status) {
            case 404 -> "Lambda.ResourceNotFoundException";
            case 429 -> "Lambda.TooManyRequestsException";
            case 400 -> "Lambda.InvalidRequestContentException";
            default -> "Lambda.ServiceException";
        };
    }
}
