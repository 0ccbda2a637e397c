package dev.stepwise.server.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.graph.GraphFormat;
import dev.stepwise.asl.graph.StateGraphReader;
import dev.stepwise.asl.AslLimits;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.runtime.report.ExecutionReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The local console: a web page at {@code GET /} that lists state machines (with versions and aliases) and their
 * executions, follows one execution live on its graph, shows its history and stops or redrives it. The page is
 * plain HTML, CSS and JavaScript from the class path (no build step, nothing from the network); it calls the same
 * AWS JSON protocol as any SDK ({@code POST /} with {@code X-Amz-Target}). The one thing it asks besides is the
 * SVG of a definition ({@code POST /graph.svg}), because the layout runs in Java (ELK), not in the page. Execution
 * colours come from the report's script, so the console and the report read a history the same way.
 */
public final class Console implements HttpHandler {

    private static final Map<String, String> FILES = Map.of(
            "/", "console.html",
            "/console.js", "console.js",
            "/console.css", "console.css");
    private static final Map<String, String> REPORT_FILES = Map.of(
            "/report.js", "report.js",
            "/report.css", "report.css");

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/graph.svg") && method.equals("POST")) {
                graph(exchange);
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n");
            } else if (FILES.containsKey(path)) {
                String file = FILES.get(path);
                send(exchange, 200, type(file), resource(file));
            } else if (REPORT_FILES.containsKey(path)) {
                String file = REPORT_FILES.get(path);
                send(exchange, 200, type(file), ExecutionReport.resource(file));
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found: the console is at /\n");
            }
        }
    }

    /** The SVG of the definition in the request body (as DescribeStateMachine returns it). */
    private static void graph(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(AslLimits.MAX_DEFINITION_BYTES + 1);
        JsonNode definition;
        try {
            if (body.length > AslLimits.MAX_DEFINITION_BYTES) {
                throw new IllegalArgumentException("a definition is at most " + AslLimits.MAX_DEFINITION_BYTES
                        + " bytes");
            }
            definition = Json.parse(new String(body, StandardCharsets.UTF_8));
            StateGraphReader.notADefinition(definition).ifPresent(reason -> {
                throw new IllegalArgumentException("not a state machine definition: " + reason);
            });
        } catch (IllegalArgumentException e) {
            send(exchange, 400, "text/plain; charset=utf-8", e.getMessage() + "\n");
            return;
        }
        send(exchange, 200, "image/svg+xml; charset=utf-8", GraphFormat.SVG.render(definition));
    }

    private static String type(String file) {
        if (file.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        return file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            exchange.getResponseBody().write(bytes);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Console.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing console resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
