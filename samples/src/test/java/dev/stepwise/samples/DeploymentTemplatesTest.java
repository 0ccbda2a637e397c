package dev.stepwise.samples;

import dev.stepwise.processor.testing.GoldenFiles;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.processor.testing.CloudFormationSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CloudFormation templates javac wrote for the samples: unchanged from the reviewed golden copies, valid for
 * AWS's resource schemas, and with a generated role that grants exactly the calls each sample's Task states make.
 */
class DeploymentTemplatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GoldenFiles GOLDEN = GoldenFiles.in("golden");
    /** What the role needs besides the Task states' calls: log delivery and X-Ray, when those are on. */
    private static final Set<String> SERVICE_PREFIXES = Set.of("logs:", "xray:");

    private static CloudFormationSchemas schemas;

    @BeforeAll
    static void loadSchemas() {
        schemas = CloudFormationSchemas.load();
    }

    static Stream<SampleWorkflows.Sample> samples() {
        return SampleWorkflows.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theTemplateMatchesItsGoldenFile(SampleWorkflows.Sample sample) throws IOException {
        String template = read(sample.className() + ".template.json");
        GOLDEN.assertMatches(sample.className() + ".template.json", template);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyResourceValidatesAgainstAwsSchemas(SampleWorkflows.Sample sample) throws IOException {
        assertThat(schemas.problems(template(sample, ".template.json"))).isEmpty();
        assertThat(schemas.problems(template(sample, ".sam.json"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theStateMachineEmbedsTheGeneratedDefinition(SampleWorkflows.Sample sample) throws IOException {
        JsonNode definition = JSON.readTree(read(sample.className() + ".asl.json"));

        assertThat(stateMachine(template(sample, ".template.json")).at("/Properties/Definition")).isEqualTo(definition);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theRoleGrantsExactlyTheCallsTheTaskStatesMake(SampleWorkflows.Sample sample) throws IOException {
        ObjectNode template = template(sample, ".template.json");
        Map<String, Set<String>> calls = calls(JSON.readTree(read(sample.className() + ".asl.json")));
        JsonNode role = resourceOfType(template, "AWS::IAM::Role");
        if (role == null) {
            // a workflow with @ExecutionRole brings its own role: the template must use it and generate none
            assertThat(stateMachine(template).at("/Properties/RoleArn").isTextual()).isTrue();
            return;
        }
        Map<String, Set<String>> grants = grants(role);

        assertThat(grants.keySet().stream().filter(action -> SERVICE_PREFIXES.stream().noneMatch(action::startsWith)))
                .as("actions beyond the Task states' calls").containsExactlyInAnyOrderElementsOf(calls.keySet());
        calls.forEach((action, targets) -> {
            for (String target : targets) {
                assertThat(grants.get(action)).as(action + " on " + target).anyMatch(resource -> covers(resource, target));
            }
            assertThat(grants.get(action)).as(action + " is granted only on what the workflow calls")
                    .allMatch(resource -> targets.stream().anyMatch(target -> covers(resource, target)));
        });
    }

    /** Each Task state's IAM action and the target it names, from the definition, Parallel branches and Map processors included. */
    private static Map<String, Set<String>> calls(JsonNode flow) {
        Map<String, Set<String>> calls = new TreeMap<>();
        collectCalls(flow, calls);
        return calls;
    }

    private static void collectCalls(JsonNode flow, Map<String, Set<String>> calls) {
        for (JsonNode state : flow.get("States")) {
            state.path("Branches").forEach(branch -> collectCalls(branch, calls));
            if (state.has("ItemProcessor")) {
                collectCalls(state.get("ItemProcessor"), calls);
            }
            if (!state.path("Type").asText().equals("Task")) {
                continue;
            }
            String resource = state.get("Resource").asText();
            JsonNode parameters = state.has("Arguments") ? state.get("Arguments") : state.path("Parameters");
            if (resource.startsWith("arn:aws:lambda:")) {
                add(calls, "lambda:InvokeFunction", resource);
            } else if (resource.startsWith("arn:aws:states:::sqs:sendMessage")) {
                add(calls, "sqs:SendMessage", queueArn(parameters.get("QueueUrl").asText()));
            } else if (resource.equals("arn:aws:states:::sns:publish")) {
                add(calls, "sns:Publish", parameters.get("TopicArn").asText());
            } else if (resource.equals("arn:aws:states:::dynamodb:putItem")) {
                add(calls, "dynamodb:PutItem", "table/" + parameters.get("TableName").asText());
            } else if (resource.equals("arn:aws:states:::dynamodb:updateItem")) {
                add(calls, "dynamodb:UpdateItem", "table/" + parameters.get("TableName").asText());
            } else if (resource.startsWith("arn:aws:states:") && resource.contains(":activity:")) {
                continue; // the role needs no permission for an activity: its workers poll Step Functions
            } else {
                throw new AssertionError("a sample calls " + resource + ", which this test does not know yet");
            }
        }
    }

    /** {@code https://sqs.<region>.amazonaws.com/<account>/<name>} as {@code arn:aws:sqs:<region>:<account>:<name>}. */
    private static String queueArn(String url) {
        URI uri = URI.create(url);
        String region = uri.getHost().split("\\.")[1];
        String[] path = uri.getPath().substring(1).split("/");
        return "arn:aws:sqs:" + region + ":" + path[0] + ":" + path[1];
    }

    /**
     * Whether a granted resource is the target: the same ARN, the function's qualified versions ({@code :*}), or a
     * table ARN the template builds for the deploying account and region.
     */
    private static boolean covers(String resource, String target) {
        return resource.equals(target) || resource.equals(target + ":*")
                || (target.startsWith("table/") && resource.endsWith(":" + target));
    }

    private static Map<String, Set<String>> grants(JsonNode role) {
        Map<String, Set<String>> grants = new TreeMap<>();
        role.at("/Properties/Policies").forEach(policy -> policy.at("/PolicyDocument/Statement").forEach(statement ->
                statement.get("Action").forEach(action -> statement.get("Resource").forEach(resource ->
                        add(grants, action.asText(), resource.isTextual() ? resource.asText()
                                : resource.get("Fn::Sub").asText())))));
        return grants;
    }

    private static void add(Map<String, Set<String>> map, String key, String value) {
        map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
    }

    private static JsonNode stateMachine(ObjectNode template) {
        return resourceOfType(template, "AWS::StepFunctions::StateMachine");
    }

    private static JsonNode resourceOfType(ObjectNode template, String type) {
        List<JsonNode> found = new ArrayList<>();
        template.get("Resources").forEach(resource -> {
            if (resource.get("Type").asText().equals(type)) {
                found.add(resource);
            }
        });
        assertThat(found).as("resources of type " + type).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0);
    }

    private static ObjectNode template(SampleWorkflows.Sample sample, String suffix) throws IOException {
        return (ObjectNode) JSON.readTree(read(sample.className() + suffix));
    }

    private static String read(String fileName) throws IOException {
        String resource = "META-INF/stepwise/" + fileName;
        try (InputStream in = DeploymentTemplatesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
