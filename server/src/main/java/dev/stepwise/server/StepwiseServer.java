package dev.stepwise.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.server.api.StepwiseApi;
import dev.stepwise.server.lambda.LambdaForwarder;
import dev.stepwise.server.protocol.AwsJsonEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Step Functions endpoint: a {@link LocalRuntime} served over the AWS JSON 1.0 protocol, so that the AWS SDKs
 * and the AWS CLI talk to it as to Step Functions (point their endpoint at {@link #uri()}).
 *
 * <pre>{@code
 * try (StepwiseServer server = StepwiseServer.start(0)) {           // 0: a free port
 *     SfnClient sfn = SfnClient.builder().endpointOverride(server.uri())...build();
 * }
 * }</pre>
 *
 * <p>The HTTP layer is the JDK's own {@code com.sun.net.httpserver}: the protocol is JSON over {@code POST /}, which
 * that server does well, and the endpoint then needs no dependency beyond the runtime. {@code POST /} is the API;
 * other paths and methods are free for what {@link Builder#mount} adds (e.g. a web console on {@code GET /}).
 */
public final class StepwiseServer implements AutoCloseable {

    static {
        // The JDK's server writes a response's headers and body separately: with Nagle's algorithm on, a client's
        // delayed ACK holds the body back ~40 ms on every call. Read once, when its first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer http;
    private final ExecutorService threads;
    private final LocalRuntime runtime;
    private final URI uri;

    private StepwiseServer(HttpServer http, ExecutorService threads, LocalRuntime runtime) {
        this.http = http;
        this.threads = threads;
        this.runtime = runtime;
        InetSocketAddress address = http.getAddress();
        this.uri = URI.create("http://" + address.getHostString() + ":" + address.getPort());
    }

    /** An endpoint on 127.0.0.1 with a default runtime (system clock); port 0 picks a free port. */
    public static StepwiseServer start(int port) {
        return builder().port(port).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Where clients send requests, e.g. {@code http://127.0.0.1:8083}. */
    public URI uri() {
        return uri;
    }

    /** The runtime behind the endpoint (for a test that wants to look at executions directly). */
    public LocalRuntime runtime() {
        return runtime;
    }

    /**
     * Stops accepting requests, lets running ones finish for up to a second, and stops; then closes the runtime it
     * built, which stops the executions still running (as StopExecution does) and ends the runtime's threads.
     */
    @Override
    public void close() {
        http.stop(1);
        threads.shutdownNow();
        runtime.close();
    }

    /** Configures a {@link StepwiseServer}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8083;
        private LocalRuntime.Builder runtime;
        private URI lambdaEndpoint;
        private Duration activityLongPoll = StepwiseApi.ACTIVITY_LONG_POLL;
        private final Map<String, HttpHandler> mounts = new LinkedHashMap<>();

        private Builder() {
        }

        /** The address to listen on; default 127.0.0.1 (this machine only). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port; 0 picks a free one (see {@link StepwiseServer#uri()}). Default 8083, as Step Functions Local. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("a port is between 0 and 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The runtime to serve, configured as a test configures one: clock, Java task handlers, mock files. Default:
         * {@code LocalRuntime.builder()} (system clock).
         */
        public Builder runtime(LocalRuntime.Builder runtime) {
            this.runtime = Objects.requireNonNull(runtime, "runtime");
            return this;
        }

        /**
         * A local Lambda emulator that runs the Lambda tasks no handler or mock covers ({@code --lambda-endpoint}).
         */
        public Builder lambdaEndpoint(URI endpoint) {
            this.lambdaEndpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /** How long GetActivityTask waits for a task when none is queued; AWS's 60 seconds by default. */
        public Builder activityLongPoll(Duration longPoll) {
            if (longPoll.isNegative()) {
                throw new IllegalArgumentException("a long poll cannot be negative: " + longPoll);
            }
            this.activityLongPoll = longPoll;
            return this;
        }

        /**
         * Serves {@code handler} for requests under {@code path} other than the API's {@code POST /}: for
         * {@code path} "/" it gets every request to "/" that is not a POST (e.g. a console's {@code GET /}).
         */
        public Builder mount(String path, HttpHandler handler) {
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("a mount path starts with '/': " + path);
            }
            mounts.put(path, Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /**
         * Serves the local console, a web page at {@code GET /}: state machines, executions, one execution live on
         * its graph, its history, stop and redrive (see {@link dev.stepwise.server.console.Console}).
         */
        public Builder console() {
            return mount("/", new dev.stepwise.server.console.Console());
        }

        /**
         * Binds the port and starts serving.
         *
         * @throws UncheckedIOException when the port cannot be bound
         */
        public StepwiseServer start() {
            LocalRuntime.Builder configured = runtime != null ? runtime : LocalRuntime.builder();
            if (lambdaEndpoint != null) {
                configured.fallbackHandler(new LambdaForwarder(lambdaEndpoint));
            }
            LocalRuntime built = configured.build();
            StepwiseApi api = new StepwiseApi(built, activityLongPoll);
            AwsJsonEndpoint endpoint = new AwsJsonEndpoint(api.operations(), api.notServed());
            HttpServer http;
            try {
                http = HttpServer.create(new InetSocketAddress(host, port), 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
            }
            HttpHandler root = mounts.get("/");
            http.createContext("/", exchange -> route(exchange, endpoint, root));
            mounts.forEach((path, handler) -> {
                if (!path.equals("/")) {
                    http.createContext(path, handler);
                }
            });
            // One thread per request in flight: GetActivityTask long-polls for up to a minute, so a fixed pool could
            // starve; idle threads go after a minute.
            ExecutorService threads = Executors.newCachedThreadPool(daemonThreads());
            http.setExecutor(threads);
            http.start();
            return new StepwiseServer(http, threads, built);
        }

        private static void route(HttpExchange exchange, HttpHandler api, HttpHandler root) throws IOException {
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("POST") && path.equals("/")) {
                api.handle(exchange);
            } else if (root != null) {
                root.handle(exchange);
            } else {
                try (exchange) {
                    byte[] body = "Not found: the Step Functions API is POST / with X-Amz-Target: AWSStepFunctions.<Operation>\n"
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                    exchange.sendResponseHeaders(404, body.length);
                    exchange.getResponseBody().write(body);
                }
            }
        }

        private static java.util.concurrent.ThreadFactory daemonThreads() {
            AtomicInteger count = new AtomicInteger();
            return task -> {
                Thread thread = new Thread(task, "stepwise-http-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
        }
    }
}
