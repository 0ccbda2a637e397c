package dev.stepwise.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.stepwise.asl.data.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The AWS JSON 1.0 protocol as the SDKs and the CLI speak it to Step Functions: {@code POST /} with
 * {@code X-Amz-Target: AWSStepFunctions.<Operation>} and the request's members as a JSON object; the answer is the
 * response's members, or HTTP 400 with {@code {"__type", "message"}}. SigV4 headers are accepted and not checked
 * (any credentials will do, as with Step Functions Local).
 */
public final class AwsJsonEndpoint implements HttpHandler {

    public static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    private static final String TARGET_PREFIX = "AWSStepFunctions.";
    /** Far above AWS's own limits (1 MiB definitions, 256 KiB inputs) while bounding what one request may hold. */
    private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    /**
     * How much of a body past {@link #MAX_BODY_BYTES} is read and dropped before the refusal is sent: closing a
     * connection with unread bytes resets it, and the client, still sending, then sees a reset instead of the
     * answer (and an SDK retries it).
     */
    private static final long MAX_DISCARDED_BYTES = 64L * 1024 * 1024;

    private final Map<String, Operation> operations;
    private final Set<String> unserved;
    private final InputCheck inputCheck = new InputCheck(InputShapes.model());

    /**
     * @param operations the served operations by name
     * @param unserved   operations of the Step Functions API that are known but not served: they get the same
     *                   {@code UnknownOperationException} as a name AWS does not know, with a message that says so
     */
    public AwsJsonEndpoint(Map<String, Operation> operations, Set<String> unserved) {
        this.operations = Map.copyOf(operations);
        this.unserved = Set.copyOf(unserved);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer;
            try {
                answer = new Answer(200, call(exchange));
            } catch (ApiException e) {
                answer = error(400, e.type(), e.getMessage());
                e.members().forEach(answer.body()::put);
            } catch (IllegalArgumentException e) {
                // the runtime's own argument checks (names, payload sizes) are what AWS reports as validation errors
                answer = error(400, "ValidationException", e.getMessage());
            } catch (RuntimeException e) {
                answer = error(500, "InternalFailure", "The local endpoint failed: " + e);
            }
            byte[] body = Json.write(answer.body()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private ObjectNode call(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String name = target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length())
                : null;
        Operation operation = name == null ? null : operations.get(name);
        if (operation == null) {
            throw new ApiException("UnknownOperationException", name != null && unserved.contains(name)
                    ? name + " is not served by the Stepwise endpoint"
                    : "Unknown operation: " + (target == null ? "no X-Amz-Target header" : target));
        }
        ObjectNode members = members(exchange.getRequestBody());
        inputCheck.check(name, members);
        return operation.call(new Request(name, members));
    }

    private static ObjectNode members(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            discardRest(in);
            throw ApiException.validation("the request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return Json.NODES.objectNode();
        }
        JsonNode parsed;
        try {
            parsed = Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.serialization("The request body is not valid JSON: " + e.getMessage());
        }
        if (!parsed.isObject()) {
            throw ApiException.serialization("The request body must be a JSON object");
        }
        return (ObjectNode) parsed;
    }

    private static void discardRest(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (long left = MAX_DISCARDED_BYTES; left > 0; ) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return;
            }
            left -= read;
        }
    }

    private static Answer error(int status, String type, String message) {
        ObjectNode body = Json.NODES.objectNode().put("__type", type);
        if (message != null) {
            body.put("message", message);
        }
        return new Answer(status, body);
    }

    private record Answer(int status, ObjectNode body) {
    }
}
