package dev.stepwise.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The result of a Task whose resource is the optimized Lambda integration {@code arn:aws:states:::lambda:invoke}:
 * Step Functions wraps what the function returns in Lambda's Invoke response, with the function's result, parsed from
 * JSON, as {@code Payload}. The processor types such a Task's result as this record, with {@code Payload} of the
 * bound method's return type, and the generated binding wraps the method's return value in it on the local runtime.
 *
 * @param executedVersion     the function version that ran ({@code $LATEST} locally)
 * @param payload             what the function (locally: the bound method) returned
 * @param sdkHttpMetadata     the HTTP response's metadata (headers, status code)
 * @param sdkResponseMetadata the SDK response's metadata (the request id)
 * @param statusCode          the Invoke response's status code (200 for a synchronous call)
 * @param <T>                 the type of the function's result
 */
public record LambdaInvocation<T>(
        @JsonProperty("ExecutedVersion") String executedVersion,
        @JsonProperty("Payload") T payload,
        @JsonProperty("SdkHttpMetadata") JsonNode sdkHttpMetadata,
        @JsonProperty("SdkResponseMetadata") JsonNode sdkResponseMetadata,
        @JsonProperty("StatusCode") int statusCode) {

    /** The Invoke response of a local call: the function returned {@code payload} with status 200. */
    public static <T> LambdaInvocation<T> local(T payload) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode http = json.objectNode();
        http.putObject("HttpHeaders").put("Content-Type", "application/json");
        http.put("HttpStatusCode", 200);
        ObjectNode response = json.objectNode().put("RequestId", "local");
        return new LambdaInvocation<>("$LATEST", payload, http, response, 200);
    }
}
