package dev.stepwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stepwise.asl.data.Json;
import dev.stepwise.asl.data.JsonBinding;
import dev.stepwise.runtime.LocalRuntime;
import dev.stepwise.runtime.clock.Clocks;
import dev.stepwise.testsupport.Browser;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console at GET /: its files, the graph route, and the page itself in Chromium against a live endpoint. */
class ConsoleTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String WAITING = """
            {"StartAt": "Prepare", "States": {
              "Prepare": {"Type": "Pass", "Next": "Pause"},
              "Pause": {"Type": "Wait", "Seconds": 1, "Next": "Both"},
              "Both": {"Type": "Parallel", "Next": "Done", "Branches": [
                {"StartAt": "Left", "States": {"Left": {"Type": "Wait", "Seconds": 2, "End": true}}},
                {"StartAt": "Right", "States": {"Right": {"Type": "Wait", "Seconds": 1, "End": true}}}]},
              "Done": {"Type": "Succeed"}}}""";
    private static final String FOREVER = """
            {"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "Seconds": 600, "Next": "Never"},
              "Never": {"Type": "Succeed"}}}""";
    private static final String ROLE = "arn:aws:iam::123456789012:role/console";

    private static StepwiseServer server;
    private static String stuckArn;

    @BeforeAll
    static void start() throws Exception {
        server = StepwiseServer.builder().port(0).runtime(LocalRuntime.builder().clock(Clocks.system()))
                .console().start();
        String waiting = call("CreateStateMachine", Json.NODES.objectNode().put("name", "Waiting")
                .put("definition", WAITING).put("roleArn", ROLE)).get("stateMachineArn").asText();
        JsonNode version = call("PublishStateMachineVersion", Json.NODES.objectNode().put("stateMachineArn", waiting));
        var alias = Json.NODES.objectNode().put("name", "live");
        alias.putArray("routingConfiguration").addObject()
                .put("stateMachineVersionArn", version.get("stateMachineVersionArn").asText()).put("weight", 100);
        call("CreateStateMachineAlias", alias);
        String forever = call("CreateStateMachine", Json.NODES.objectNode().put("name", "Forever")
                .put("definition", FOREVER).put("roleArn", ROLE)).get("stateMachineArn").asText();
        call("StartExecution", Json.NODES.objectNode().put("stateMachineArn", waiting).put("name", "earlier"));
        stuckArn = call("StartExecution", Json.NODES.objectNode().put("stateMachineArn", forever).put("name", "stuck"))
                .get("executionArn").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode call(String operation, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/"))
                .header("X-Amz-Target", "AWSStepFunctions." + operation)
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(operation + ": " + response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesThePageItsScriptsAndStylesFromTheClassPathAndNothingElse() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.body()).contains("<script src=\"report.js\">", "<script src=\"console.js\">")
                .doesNotContain("http://", "https://");
        // without an icon of its own a browser asks for /favicon.ico, which is not found: an error in its console
        assertThat(page.body()).containsPattern("<link rel=\"icon\" href=\"data:");
        assertThat(get("/report.js").body()).contains("StepwiseReport");
        assertThat(get("/console.js").body()).contains("X-Amz-Target");
        assertThat(get("/console.css").statusCode()).isEqualTo(200);
        assertThat(get("/report.css").statusCode()).isEqualTo(200);
        assertThat(get("/nothing.js").statusCode()).isEqualTo(404);
    }

    @Test
    void drawsAPostedDefinitionAsSvgAndRefusesWhatIsNotOne() throws Exception {
        HttpResponse<String> svg = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/graph.svg"))
                .POST(HttpRequest.BodyPublishers.ofString(WAITING)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).startsWith("<svg").contains("data-state=\"Left\"");
        HttpResponse<String> bad = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/graph.svg"))
                .POST(HttpRequest.BodyPublishers.ofString("[1]")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        HttpResponse<String> empty = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/graph.svg"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).startsWith("not a state machine definition: it has no \"States\" object");
    }

    @Test
    void inChromiumTheConsoleListsFollowsAndStopsExecutions() throws Exception {
        Browser browser = Browser.require();
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        JsonNode result = Json.parse(browser.run(Path.of("target/test-classes/browser/console-check.js"),
                Duration.ofSeconds(150), server.uri().toString(), shots.toString()));

        assertThat(result.get("elsewhere")).as("requests off the endpoint").isEmpty();
        assertThat(result.get("errors")).isEmpty();
        assertThat(JsonBinding.MAPPER.convertValue(result.get("machines"), String[].class)).contains("Waiting", "Forever");
        assertThat(result.get("revisions").asText()).contains("Versions: 1", "Aliases: live");
        assertThat(JsonBinding.MAPPER.convertValue(result.get("listed"), String[].class)).contains("followed", "earlier");

        assertThat(result.at("/whileRunning/Prepare").asText()).isEqualTo("succeeded");
        assertThat(result.at("/whileRunning/Done").asText()).isEqualTo("not-reached");
        assertThat(result.get("finished").properties()).allSatisfy(entry ->
                assertThat(entry.getValue().asText()).as(entry.getKey()).isEqualTo("succeeded"));
        assertThat(result.get("historyRows").asInt()).isGreaterThan(10);
        // the API's timestamps are epoch seconds: the last event is at least the 3 s of waiting after the first
        String[] times = JsonBinding.MAPPER.convertValue(result.get("times"), String[].class);
        assertThat(times[0]).isEqualTo("+0 ms");
        assertThat(Integer.parseInt(times[times.length - 1].replaceAll("[^0-9]", ""))).isGreaterThanOrEqualTo(2900);
        assertThat(result.get("axis").asText()).matches("Time: 0 to \\d+ ms");
        assertThat(JsonBinding.MAPPER.convertValue(result.get("lanes"), String[].class))
                .containsExactly("Execution", "Both · branch 1", "Both · branch 2");
        assertThat(result.get("details").asText()).contains("Pause", "Succeeded", "\"n\": 1");

        assertThat(JsonBinding.MAPPER.convertValue(result.get("runningFilter"), String[].class)).containsExactly("stuck");
        assertThat(result.at("/stopped/Hold").asText()).isEqualTo("aborted");
        assertThat(result.at("/stopped/Never").asText()).isEqualTo("not-reached");
        assertThat(result.get("detailsAfterSwitch").asText()).startsWith("Click a state");
        assertThat(result.get("redriveEnabled").asBoolean()).isTrue();
        assertThat(result.get("failure").asText()).contains("Console.Stopped");
        assertThat(result.get("succeededFilter").asInt()).isZero();
        JsonNode redriven = call("DescribeExecution", Json.NODES.objectNode().put("executionArn", stuckArn));
        assertThat(redriven.get("redriveCount").asInt()).isEqualTo(1);
    }

    @Test
    void inChromiumTheStatesOfADistributedMapShowWhatTheyDidInItsChildExecutions() throws Exception {
        Browser browser = Browser.require();
        // the item processor runs in the Map Run's child executions, not in the history the console read: its
        // states showed as not reached, the one that failed an item too
        String machine = call("CreateStateMachine", Json.NODES.objectNode().put("name", "Distributed").put("roleArn", ROLE)
                .put("definition", """
                        {"StartAt": "Items", "States": {
                          "Items": {"Type": "Map", "ToleratedFailurePercentage": 100, "End": true,
                            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                              "StartAt": "Check", "States": {
                                "Check": {"Type": "Choice", "Default": "Ok",
                                  "Choices": [{"Variable": "$", "NumericEquals": 2, "Next": "Bad"}]},
                                "Ok": {"Type": "Pass", "End": true},
                                "Bad": {"Type": "Fail", "Error": "BadItem", "Cause": "item two"}}}}}}"""))
                .get("stateMachineArn").asText();
        String execution = call("StartExecution", Json.NODES.objectNode().put("stateMachineArn", machine)
                .put("input", "[1, 2, 3]")).get("executionArn").asText();
        for (int i = 0; i < 100 && call("DescribeExecution", Json.NODES.objectNode().put("executionArn", execution))
                .get("status").asText().equals("RUNNING"); i++) {
            Thread.sleep(100);
        }
        String hash = "machine=" + URLEncoder.encode(machine, StandardCharsets.UTF_8)
                + "&execution=" + URLEncoder.encode(execution, StandardCharsets.UTF_8);

        JsonNode result = Json.parse(browser.run(Path.of("target/test-classes/browser/console-execution.js"),
                Duration.ofSeconds(120), server.uri().toString().replaceAll("/$", ""), hash));
        assertThat(result.get("errors")).as("page errors").isEmpty();
        assertThat(result.at("/states/Items/status").asText()).isEqualTo("succeeded");
        assertThat(result.at("/states/Check/status").asText()).isEqualTo("succeeded");
        assertThat(result.at("/states/Ok/status").asText()).isEqualTo("succeeded");
        assertThat(result.at("/states/Bad/status").asText()).isEqualTo("failed");
        assertThat(result.at("/states/Bad/details").asText()).contains("BadItem", "item two");
        String[] lanes = JsonBinding.MAPPER.convertValue(result.get("lanes"), String[].class);
        assertThat(lanes).hasSize(4);
        assertThat(lanes[0]).isEqualTo("Execution");
        assertThat(Arrays.copyOfRange(lanes, 1, 4)).allMatch(label -> label.startsWith("Items · "));
    }
}
