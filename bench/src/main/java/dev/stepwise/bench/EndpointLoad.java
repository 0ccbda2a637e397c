package dev.stepwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client load on Step Functions endpoints (bench/endpoint.sh): StartExecution followed by DescribeExecution of a
 * short workflow, from a number of client threads, against each endpoint in turn, with the same bytes on the wire
 * (AWS JSON 1.0 requests written here, so that no SDK's own cost differs between the sides). Prints one JSON line
 * per endpoint: requests/s, latency percentiles of each call, and how many executions had ended when described.
 *
 * <p>Each execution starts a state machine of its own, created before the clock starts: moto 5.2.1's interpreter
 * deep-copies a state machine together with its executions on every start, which fails ("cannot pickle
 * '_thread.RLock'") from a machine's second execution on. Both sides get the same requests.
 *
 * <p>usage: EndpointLoad [--executions 2000] [--threads 8] [--warmup 200] NAME=URL...
 */
public final class EndpointLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Pass, Choice, Succeed: a short workflow every interpreter runs. */
    static final String DEFINITION = "{\"StartAt\":\"Prepare\",\"States\":{"
            + "\"Prepare\":{\"Type\":\"Pass\",\"Result\":{\"ok\":true},\"ResultPath\":\"$.prepared\",\"Next\":\"Check\"},"
            + "\"Check\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.prepared.ok\",\"BooleanEquals\":true,"
            + "\"Next\":\"Done\"}],\"Default\":\"Failed\"},"
            + "\"Done\":{\"Type\":\"Succeed\"},\"Failed\":{\"Type\":\"Fail\",\"Error\":\"NotOk\"}}}";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        int executions = 2000;
        int threads = 8;
        int warmup = 200;
        Map<String, URI> endpoints = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--executions" -> executions = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> {
                    String[] pair = args[i].split("=", 2);
                    if (pair.length != 2) {
                        throw new IllegalArgumentException("expected NAME=URL, got " + args[i]);
                    }
                    endpoints.put(pair[0], URI.create(pair[1]));
                }
            }
        }
        if (endpoints.isEmpty()) {
            System.err.println("usage: EndpointLoad [--executions N] [--threads N] [--warmup N] NAME=URL...");
            System.exit(2);
        }
        EndpointLoad load = new EndpointLoad();
        for (Map.Entry<String, URI> endpoint : endpoints.entrySet()) {
            System.out.println(load.measure(endpoint.getKey(), endpoint.getValue(), executions, threads, warmup));
        }
    }

    /** Creates the workflow, warms up, then runs the measured load and returns the summary as a JSON line. */
    String measure(String name, URI endpoint, int executions, int threads, int warmup) throws Exception {
        run(endpoint, machines(endpoint, "warm", warmup, threads), warmup, threads);
        Result result = run(endpoint, machines(endpoint, "run", executions, threads), executions, threads);
        ObjectNode line = JSON.createObjectNode().put("endpoint", name).put("executions", executions)
                .put("threads", threads).put("requests", result.requests())
                .put("seconds", round(result.nanos() / 1e9))
                .put("requestsPerSecond", round(result.requests() / (result.nanos() / 1e9)))
                .put("endedWhenDescribed", result.ended()).put("errors", result.errors());
        if (result.firstError() != null) {
            line.put("firstError", result.firstError());
        }
        line.set("startMs", percentiles(result.start()));
        line.set("describeMs", percentiles(result.describe()));
        long[] all = Arrays.copyOf(result.start(), result.start().length + result.describe().length);
        System.arraycopy(result.describe(), 0, all, result.start().length, result.describe().length);
        line.set("allMs", percentiles(all));
        return JSON.writeValueAsString(line);
    }

    private record Result(int requests, long nanos, long[] start, long[] describe, int ended, int errors,
            String firstError) {
    }

    /** Creates {@code count} copies of the workflow, from {@code threads} clients; returns their ARNs. */
    private String[] machines(URI endpoint, String prefix, int count, int threads) throws Exception {
        String[] arns = new String[count];
        String stamp = prefix + "-" + System.nanoTime() + "-";
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                clients.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        arns[i] = call(endpoint, "CreateStateMachine", JSON.createObjectNode()
                                .put("name", stamp + i).put("definition", DEFINITION)
                                .put("roleArn", "arn:aws:iam::123456789012:role/bench")).path("stateMachineArn")
                                .asText();
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return arns;
    }

    private Result run(URI endpoint, String[] machines, int executions, int threads) throws Exception {
        long[] start = new long[executions];
        long[] describe = new long[executions];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long began = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            clients.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < executions; i = next.getAndIncrement()) {
                    try {
                        long t0 = System.nanoTime();
                        String arn = call(endpoint, "StartExecution", JSON.createObjectNode()
                                .put("stateMachineArn", machines[i]).put("name", "e-" + i)
                                .put("input", "{\"order\":" + i + "}")).path("executionArn").asText();
                        long t1 = System.nanoTime();
                        JsonNode described = call(endpoint, "DescribeExecution", JSON.createObjectNode()
                                .put("executionArn", arn));
                        long t2 = System.nanoTime();
                        start[i] = t1 - t0;
                        describe[i] = t2 - t1;
                        if (!described.path("status").asText().equals("RUNNING")) {
                            ended.incrementAndGet();
                        }
                    } catch (IOException | RuntimeException e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get(10, TimeUnit.MINUTES);
        }
        long nanos = System.nanoTime() - began;
        pool.shutdownNow();
        return new Result(executions * 2, nanos, start, describe, ended.get(), errors.get(),
                firstError.get());
    }

    private JsonNode call(URI endpoint, String operation, ObjectNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AWSStepFunctions." + operation)
                // what the SDKs send; neither endpoint checks the signature
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=bench/20240101/us-east-1/states/aws4_request, "
                        + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0")
                .header("X-Amz-Date", "20240101T000000Z")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(operation + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static ObjectNode percentiles(long[] nanos) {
        long[] sorted = Arrays.stream(nanos).filter(n -> n > 0).sorted().toArray();
        ObjectNode json = JSON.createObjectNode();
        if (sorted.length == 0) {
            return json;
        }
        for (int p : new int[] {50, 90, 99}) {
            json.put("p" + p, round(sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)]
                    / 1e6));
        }
        json.put("max", round(sorted[sorted.length - 1] / 1e6));
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
