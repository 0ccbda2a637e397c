package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.server.api.StepwiseApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The endpoint judged by AWS's own machine-readable API definition, botocore's model of Step Functions: every served
 * operation is called with valid input and its raw JSON answer checked member by member against the operation's
 * output shape (required members present, no member outside the shape, strings within their enums and lengths,
 * timestamps as epoch numbers, integers and longs as integers), every refusal against the operation's error shapes,
 * and every operation of the model is either served or answered as knowingly not served.
 *
 * <p>The model is the one of the botocore {@code python3} imports ({@code -Dstepwise.botocore.model=FILE} or
 * {@code STEPWISE_BOTOCORE_MODEL} name another {@code service-2.json[.gz]}); without one the test is skipped, and
 * under STEPWISE_REQUIRE_SHARED=1 (CI) it fails.
 */
class ApiModelConformanceTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/local";
    /** Refusals the protocol itself gives to any operation (AWS's common errors). */
    private static final Set<String> COMMON_ERRORS = Set.of("ValidationException", "SerializationException",
            "UnknownOperationException");

    private static JsonNode model;
    private static StepwiseServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> problems = new ArrayList<>();
    private static final Set<String> answered = new TreeSet<>();

    @BeforeAll
    static void start() {
        Optional<Path> file = modelFile();
        if (file.isEmpty()) {
            String reason = "botocore's Step Functions model (service-2.json.gz) was not found: install botocore (it"
                    + " comes with the AWS CLI and boto3) or name the file with -Dstepwise.botocore.model";
            if ("1".equals(System.getenv("STEPWISE_REQUIRE_SHARED"))) {
                throw new AssertionError("required by STEPWISE_REQUIRE_SHARED=1, but " + reason);
            }
            Assumptions.abort("skipped: " + reason);
        }
        model = read(file.get());
        server = StepwiseServer.builder().port(0).activityLongPoll(Duration.ZERO)
                .runtime(LocalRuntime.builder().clock(Clocks.virtual())).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyOperationOfTheModelIsServedOrKnowinglyNotServed() {
        StepwiseApi api = new StepwiseApi(server.runtime());
        Set<String> known = new HashSet<>(api.operations().keySet());
        known.addAll(api.notServed());
        Set<String> missing = new TreeSet<>();
        model.get("operations").fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                missing.add(name);
            }
        });
        assertThat(missing).as("operations of AWS's model the endpoint does not know").isEmpty();
        assertThat(api.operations().keySet()).allSatisfy(name -> assertThat(model.get("operations").has(name))
                .as("%s is an operation of AWS's model", name).isTrue());
    }

    @Test
    void everyServedOperationAnswersWithinItsModelShapes() {
        String pass = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":{\"v\":1},\"End\":true}}}";
        String fail = "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\",\"Error\":\"E\",\"Cause\":\"C\"}}}";
        String wait = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":600,\"End\":true}}}";

        JsonNode created = ok("CreateStateMachine", "{'name':'model','definition':%s,'roleArn':'%s','publish':true,"
                + "'tags':[{'key':'team','value':'a'}]}", quote(pass), ROLE);
        String machine = created.get("stateMachineArn").textValue();
        String version1 = created.get("stateMachineVersionArn").textValue();
        ok("DescribeStateMachine", "{'stateMachineArn':'%s'}", machine);
        ok("DescribeStateMachine", "{'stateMachineArn':'%s'}", version1);
        ok("ListStateMachines", "{}");
        String version2 = ok("UpdateStateMachine", "{'stateMachineArn':'%s','definition':%s,'publish':true}",
                machine, quote(pass.replace("1", "2"))).get("stateMachineVersionArn").textValue();
        ok("PublishStateMachineVersion", "{'stateMachineArn':'%s','description':'again'}", machine);
        ok("ListStateMachineVersions", "{'stateMachineArn':'%s'}", machine);
        String alias = ok("CreateStateMachineAlias", "{'name':'live','description':'d','routingConfiguration':["
                + "{'stateMachineVersionArn':'%s','weight':50},{'stateMachineVersionArn':'%s','weight':50}]}",
                version1, version2).get("stateMachineAliasArn").textValue();
        ok("DescribeStateMachineAlias", "{'stateMachineAliasArn':'%s'}", alias);
        ok("ListStateMachineAliases", "{'stateMachineArn':'%s'}", machine);
        ok("UpdateStateMachineAlias", "{'stateMachineAliasArn':'%s','description':'e'}", alias);
        String execution = ok("StartExecution", "{'stateMachineArn':'%s','input':'{}'}", alias)
                .get("executionArn").textValue();
        ok("DescribeExecution", "{'executionArn':'%s'}", execution);
        ok("DescribeStateMachineForExecution", "{'executionArn':'%s'}", execution);
        ok("GetExecutionHistory", "{'executionArn':'%s','reverseOrder':true}", execution);
        ok("ListExecutions", "{'stateMachineArn':'%s','maxResults':1}", machine);
        ok("TagResource", "{'resourceArn':'%s','tags':[{'key':'k','value':'v'}]}", machine);
        ok("ListTagsForResource", "{'resourceArn':'%s'}", machine);
        ok("UntagResource", "{'resourceArn':'%s','tagKeys':['k']}", machine);
        ok("ValidateStateMachineDefinition", "{'definition':%s}", quote(pass));
        ok("ValidateStateMachineDefinition", "{'definition':'{}','maxResults':1}");
        ok("TestState", "{'definition':%s,'inspectionLevel':'DEBUG','input':'{}'}",
                quote("{\"Type\":\"Pass\",\"Result\":1,\"Next\":\"X\"}"));

        String waiting = ok("CreateStateMachine", "{'name':'model-wait','definition':%s,'roleArn':'%s'}",
                quote(wait), ROLE).get("stateMachineArn").textValue();
        String running = ok("StartExecution", "{'stateMachineArn':'%s','name':'run'}", waiting)
                .get("executionArn").textValue();
        ok("DescribeExecution", "{'executionArn':'%s','includedData':'METADATA_ONLY'}", running);
        ok("StopExecution", "{'executionArn':'%s','error':'Stopped','cause':'by the test'}", running);
        String failing = ok("CreateStateMachine", "{'name':'model-fail','definition':%s,'roleArn':'%s'}",
                quote(fail), ROLE).get("stateMachineArn").textValue();
        String failed = ok("StartExecution", "{'stateMachineArn':'%s'}", failing).get("executionArn").textValue();
        ok("DescribeExecution", "{'executionArn':'%s'}", failed);
        ok("GetExecutionHistory", "{'executionArn':'%s','includeExecutionData':false}", failed);
        ok("RedriveExecution", "{'executionArn':'%s'}", failed);

        for (String definition : List.of(pass, fail)) {
            String express = ok("CreateStateMachine", "{'name':'model-express-%s','definition':%s,'roleArn':'%s',"
                    + "'type':'EXPRESS'}", definition.equals(pass) ? "pass" : "fail", quote(definition), ROLE)
                    .get("stateMachineArn").textValue();
            ok("StartSyncExecution", "{'stateMachineArn':'%s','input':'{}','traceHeader':'Root=1'}", express);
            ok("StartExecution", "{'stateMachineArn':'%s'}", express);
        }

        String activity = ok("CreateActivity", "{'name':'model-activity'}").get("activityArn").textValue();
        ok("DescribeActivity", "{'activityArn':'%s'}", activity);
        ok("ListActivities", "{}");
        ok("GetActivityTask", "{'activityArn':'%s'}", activity);
        String worked = ok("CreateStateMachine", "{'name':'model-worked','definition':%s,'roleArn':'%s'}",
                quote("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":\"" + activity
                        + "\",\"HeartbeatSeconds\":60,\"End\":true}}}"), ROLE).get("stateMachineArn").textValue();
        for (String outcome : List.of("SendTaskSuccess", "SendTaskFailure")) {
            ok("StartExecution", "{'stateMachineArn':'%s'}", worked);
            String token = ok("GetActivityTask", "{'activityArn':'%s','workerName':'w'}", activity)
                    .get("taskToken").textValue();
            ok("SendTaskHeartbeat", "{'taskToken':'%s'}", token);
            ok(outcome, outcome.equals("SendTaskSuccess") ? "{'taskToken':'%s','output':'{}'}"
                    : "{'taskToken':'%s','error':'E','cause':'C'}", token);
        }

        String fanOut = ok("CreateStateMachine", "{'name':'model-map-run','definition':%s,'roleArn':'%s'}",
                quote("{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"MaxConcurrency\":1,"
                        + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\","
                        + "\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"A\",\"States\":{\"A\":"
                        + "{\"Type\":\"Task\",\"Resource\":\"" + activity + "\",\"End\":true}}},"
                        + "\"End\":true}}}"), ROLE)
                .get("stateMachineArn").textValue();
        String fanning = ok("StartExecution", "{'stateMachineArn':'%s','input':'[1,2]'}", fanOut)
                .get("executionArn").textValue();
        String mapRun = awaitMapRun(fanning);
        ok("DescribeMapRun", "{'mapRunArn':'%s'}", mapRun);
        ok("UpdateMapRun", "{'mapRunArn':'%s','maxConcurrency':2,'toleratedFailurePercentage':12.5,"
                + "'toleratedFailureCount':3}", mapRun);
        ok("ListExecutions", "{'mapRunArn':'%s'}", mapRun);
        ok("StopExecution", "{'executionArn':'%s'}", fanning);
        ok("DescribeMapRun", "{'mapRunArn':'%s'}", mapRun);
        refused("UpdateMapRun", "{'mapRunArn':'%s','maxConcurrency':3}", mapRun);
        refused("DescribeMapRun", "{'mapRunArn':'%s-gone'}", mapRun);
        refused("ListMapRuns", "{'executionArn':'%s-gone'}", fanning);

        refused("DescribeStateMachine", "{'stateMachineArn':'%s:9'}", machine);
        refused("DescribeExecution", "{'executionArn':'%s-gone'}", execution);
        refused("StartSyncExecution", "{'stateMachineArn':'%s'}", machine);
        refused("PublishStateMachineVersion", "{'stateMachineArn':'%s','revisionId':'other'}", machine);
        refused("DeleteStateMachineVersion", "{'stateMachineVersionArn':'%s'}", version1);
        refused("GetExecutionHistory", "{'executionArn':'%s','nextToken':'nope'}", execution);
        refused("DescribeActivity", "{'activityArn':'%s-gone'}", activity);
        refused("SendTaskSuccess", "{'taskToken':'nope','output':'{}'}");
        refused("CreateStateMachine", "{'name':'model','definition':'{}','roleArn':'%s'}", ROLE);
        refused("UpdateStateMachineAlias", "{'stateMachineAliasArn':'%s-gone','description':'x'}", alias);

        ok("DeleteStateMachineAlias", "{'stateMachineAliasArn':'%s'}", alias);
        ok("DeleteStateMachineVersion", "{'stateMachineVersionArn':'%s'}", version1);
        ok("DeleteActivity", "{'activityArn':'%s'}", activity);
        ok("DeleteStateMachine", "{'stateMachineArn':'%s'}", machine);

        assertThat(problems).as("answers outside AWS's model").isEmpty();
        assertThat(answered).as("every served operation was called")
                .containsAll(new StepwiseApi(server.runtime()).operations().keySet());
    }

    /**
     * The endpoint checks requests against {@code input-shapes.json}, its copy of the model's input shapes: the copy
     * must say what the model says. On a difference the projection of this model is written to
     * {@code target/input-shapes.json}, to replace the copy with.
     */
    @Test
    void theEndpointsCopyOfTheInputShapesIsTheModels() throws IOException {
        ObjectNode expected = Json.NODES.objectNode();
        ObjectNode operations = expected.putObject("operations");
        ObjectNode shapes = expected.putObject("shapes");
        Set<String> names = new TreeSet<>();
        model.get("operations").fieldNames().forEachRemaining(names::add);
        for (String operation : names) {
            operations.put(operation, shapeName(operation, "input"));
            project(shapeName(operation, "input"), shapes);
        }
        JsonNode copy;
        try (InputStream in = StepwiseServer.class.getResourceAsStream("protocol/input-shapes.json")) {
            copy = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        ((ObjectNode) copy).remove("source");
        if (!copy.equals(expected)) {
            Files.writeString(Path.of("target", "input-shapes.json"), Json.write(expected));
        }
        assertThat(copy).as("input-shapes.json against the model (its projection: target/input-shapes.json)")
                .isEqualTo(expected);
    }

    /** One input shape and the shapes it reaches, with only what the endpoint checks of them. */
    private static void project(String name, ObjectNode shapes) {
        if (shapes.has(name)) {
            return;
        }
        JsonNode shape = model.get("shapes").get(name);
        ObjectNode kept = shapes.putObject(name).put("type", shape.get("type").textValue());
        if (shape.has("required")) {
            kept.set("required", shape.get("required"));
        }
        if (shape.has("members")) {
            ObjectNode members = kept.putObject("members");
            shape.get("members").properties().forEach(member -> members.put(member.getKey(),
                    member.getValue().get("shape").textValue()));
            shape.get("members").forEach(member -> project(member.get("shape").textValue(), shapes));
        }
        if (shape.has("member")) {
            kept.put("member", shape.get("member").get("shape").textValue());
            project(shape.get("member").get("shape").textValue(), shapes);
        }
        for (String constraint : List.of("min", "max", "pattern", "enum", "sensitive")) {
            if (shape.has(constraint)) {
                kept.set(constraint, shape.get(constraint));
            }
        }
    }

    /**
     * Every constraint the model puts on a top-level member of every operation's input, broken, is refused with a
     * ValidationException in AWS's words that names the member, alongside the request's missing required members,
     * all counted: "N validation errors detected: ...; ...".
     */
    @Test
    void everyOperationRefusesWhatItsInputShapeForbidsInAwsWords() {
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (String operation : iterable(model.get("operations").fieldNames())) {
            JsonNode input = model.get("shapes").get(shapeName(operation, "input"));
            Set<String> required = new HashSet<>();
            input.path("required").forEach(member -> required.add(member.textValue()));
            for (Map.Entry<String, JsonNode> member : iterable(input.get("members").properties().iterator())) {
                String name = member.getKey();
                JsonNode shape = model.get("shapes").get(member.getValue().get("shape").textValue());
                for (Map.Entry<JsonNode, String> broken : brokenValues(shape).entrySet()) {
                    ObjectNode body = Json.NODES.objectNode().set(name, broken.getKey());
                    requests++;
                    String message = refusal(operation, body, wrong);
                    List<String> expected = new ArrayList<>();
                    required.stream().filter(other -> !other.equals(name)).forEach(other -> expected.add(
                            "Value null at '" + other + "' failed to satisfy constraint: Member must not be null"));
                    expected.add((shape.path("sensitive").asBoolean() ? "Value" : "Value '"
                            + broken.getKey().asText() + "'") + " at '" + name + "' failed to satisfy constraint: "
                            + "Member must " + broken.getValue());
                    String count = expected.size() + " validation error" + (expected.size() == 1 ? "" : "s")
                            + " detected: ";
                    if (message == null || !message.startsWith(count) || !new HashSet<>(List.of(message
                            .substring(count.length()).split("; "))).equals(new HashSet<>(expected))) {
                        wrong.add(operation + " " + name + "=" + abbreviated(broken.getKey()) + ": " + message);
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(100);
        assertThat(wrong).as("refusals not in AWS's words").isEmpty();
    }

    /** Values the shape forbids, each with the rule AWS names for it. */
    private static Map<JsonNode, String> brokenValues(JsonNode shape) {
        Map<JsonNode, String> broken = new LinkedHashMap<>();
        String type = shape.get("type").textValue();
        if (type.equals("string") && shape.has("enum")) {
            List<String> values = new ArrayList<>();
            shape.get("enum").forEach(value -> values.add(value.textValue()));
            broken.put(Json.NODES.textNode("BOGUS"), "satisfy enum value set: [" + String.join(", ", values) + "]");
        } else if (type.equals("string") && !shape.has("pattern")) {
            if (shape.path("min").asInt() > 0) {
                broken.put(Json.NODES.textNode(""), "have length greater than or equal to " + shape.get("min"));
            }
            if (shape.has("max")) {
                broken.put(Json.NODES.textNode("a".repeat(shape.get("max").intValue() + 1)),
                        "have length less than or equal to " + shape.get("max"));
            }
        } else if (type.equals("integer") || type.equals("long")) {
            if (shape.has("min")) {
                broken.put(Json.NODES.numberNode(shape.get("min").longValue() - 1),
                        "have value greater than or equal to " + shape.get("min"));
            }
            if (shape.has("max")) {
                broken.put(Json.NODES.numberNode(shape.get("max").longValue() + 1),
                        "have value less than or equal to " + shape.get("max"));
            }
        }
        return broken;
    }

    /** The message of a ValidationException the request must get, or null (and a note in wrong) if it got else. */
    private static String refusal(String operation, ObjectNode body, List<String> wrong) {
        HttpResponse<String> response = call(operation, Json.write(body).replace("%", "%%"));
        JsonNode answer = Json.parse(response.body());
        if (response.statusCode() != 400 || !answer.path("__type").asText().equals("ValidationException")) {
            wrong.add(operation + " " + abbreviated(body) + " answered " + response.statusCode() + " " + answer);
            return null;
        }
        return answer.path("message").asText();
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }

    /** Calls an operation that must succeed, checks its answer against the output shape, and returns it. */
    private static JsonNode ok(String operation, String template, Object... arguments) {
        HttpResponse<String> response = call(operation, template, arguments);
        JsonNode body = Json.parse(response.body());
        if (response.statusCode() != 200) {
            problems.add(operation + " failed: " + response.body());
            return body;
        }
        answered.add(operation);
        check(operation, shapeName(operation, "output"), body);
        return body;
    }

    /** The Map Run a running execution started, once ListMapRuns lists it. */
    private static String awaitMapRun(String execution) {
        for (int attempt = 0; attempt < 2000; attempt++) {
            JsonNode runs = ok("ListMapRuns", "{'executionArn':'%s'}", execution).path("mapRuns");
            if (runs.size() > 0) {
                return runs.get(0).get("mapRunArn").textValue();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no Map Run started in " + execution);
    }

    /**
     * Calls an operation that must be refused, with one of the operation's error shapes or a common error; an error
     * of the model's has its shape's members (a ValidationException's {@code reason}).
     */
    private static void refused(String operation, String template, Object... arguments) {
        HttpResponse<String> response = call(operation, template, arguments);
        String type = Json.parse(response.body()).path("__type").asText();
        Set<String> errors = new HashSet<>(COMMON_ERRORS);
        model.get("operations").get(operation).path("errors").forEach(error -> errors.add(error.get("shape")
                .textValue()));
        if (response.statusCode() != 400 || !errors.contains(type)) {
            problems.add(operation + " answered " + response.statusCode() + " " + type + ", not one of its errors "
                    + errors);
        } else if (model.get("shapes").has(type)) {
            ObjectNode members = (ObjectNode) Json.parse(response.body());
            members.remove("__type");
            check(operation + " " + type, type, members);
        }
    }

    private static HttpResponse<String> call(String operation, String template, Object... arguments) {
        String body = String.format(template, arguments).replace('\'', '"');
        try {
            return HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/"))
                    .header("X-Amz-Target", "AWSStepFunctions." + operation)
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string literal of {@code text}, with its double quotes kept apart from the templates' quotes. */
    private static String quote(String text) {
        return Json.write(Json.NODES.textNode(text)).replace("'", "\\u0027");
    }

    private static String shapeName(String operation, String direction) {
        return model.get("operations").get(operation).get(direction).get("shape").textValue();
    }

    private static void check(String path, String shapeName, JsonNode value) {
        JsonNode shape = model.get("shapes").get(shapeName);
        String type = shape.get("type").textValue();
        switch (type) {
            case "structure" -> {
                if (!value.isObject()) {
                    problems.add(path + ": " + shapeName + " is not an object: " + value);
                    return;
                }
                shape.path("required").forEach(required -> {
                    if (!value.has(required.textValue())) {
                        problems.add(path + ": required member " + required.textValue() + " is missing");
                    }
                });
                for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator(); it.hasNext();) {
                    Map.Entry<String, JsonNode> member = it.next();
                    JsonNode declared = shape.get("members").get(member.getKey());
                    if (declared == null) {
                        problems.add(path + ": " + member.getKey() + " is not a member of " + shapeName);
                    } else {
                        check(path + "." + member.getKey(), declared.get("shape").textValue(), member.getValue());
                    }
                }
            }
            case "list" -> {
                if (!value.isArray()) {
                    problems.add(path + ": not a list: " + value);
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(path + "[" + i + "]", shape.get("member").get("shape").textValue(), value.get(i));
                }
            }
            case "map" -> {
                if (!value.isObject()) {
                    problems.add(path + ": not a map: " + value);
                    return;
                }
                value.properties().forEach(entry -> check(path + "." + entry.getKey(),
                        shape.get("value").get("shape").textValue(), entry.getValue()));
            }
            case "string" -> checkString(path, shape, value);
            case "timestamp" -> {
                if (!value.isNumber()) { // the JSON protocol's timestamps are epoch seconds
                    problems.add(path + ": a timestamp is not epoch seconds: " + value);
                }
            }
            case "integer", "long" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(path + ": not an integer: " + value);
                } else if (shape.has("min") && value.longValue() < shape.get("min").longValue()
                        || shape.has("max") && value.longValue() > shape.get("max").longValue()) {
                    problems.add(path + ": " + value + " is outside " + shapeName + "'s bounds");
                }
            }
            case "float", "double" -> {
                if (!value.isNumber()) {
                    problems.add(path + ": not a number: " + value);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(path + ": not a boolean: " + value);
                }
            }
            default -> problems.add(path + ": the test does not know the model type " + type);
        }
    }

    private static void checkString(String path, JsonNode shape, JsonNode value) {
        if (!value.isTextual()) {
            problems.add(path + ": not a string: " + value);
            return;
        }
        String text = value.textValue();
        int length = text.codePointCount(0, text.length());
        if (shape.has("enum")) {
            Set<String> allowed = new HashSet<>();
            shape.get("enum").forEach(option -> allowed.add(option.textValue()));
            if (!allowed.contains(text)) {
                problems.add(path + ": " + text + " is not one of " + allowed);
            }
        }
        if (shape.has("min") && length < shape.get("min").intValue()
                || shape.has("max") && length > shape.get("max").intValue()) {
            problems.add(path + ": " + length + " characters, outside the model's bounds");
        }
        if (shape.has("pattern") && !Pattern.compile(shape.get("pattern").textValue()).matcher(text).find()) {
            problems.add(path + ": " + text + " does not match " + shape.get("pattern").textValue());
        }
    }

    /** The named file, else the model of the botocore that {@code python3} imports (the AWS CLI's and boto3's). */
    private static Optional<Path> modelFile() {
        String named = System.getProperty("stepwise.botocore.model", System.getenv("STEPWISE_BOTOCORE_MODEL"));
        if (named != null) {
            return Optional.of(Path.of(named)).filter(Files::isRegularFile);
        }
        try {
            Process python = new ProcessBuilder("python3", "-c",
                    "import botocore, os; print(os.path.dirname(botocore.__file__))").redirectErrorStream(true).start();
            String folder = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!python.waitFor(30, TimeUnit.SECONDS) || python.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(Path.of(folder, "data", "stepfunctions", "2016-11-23", "service-2.json.gz"))
                    .filter(Files::isRegularFile);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static JsonNode read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
