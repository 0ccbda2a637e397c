package dev.stepwise.samples;

import dev.stepwise.processor.testing.GoldenFiles;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.processor.testing.CfnLint;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

    /** cfn-lint, AWS's linter (SAM templates expanded by AWS's SAM translator), finds nothing in any template. */
    @Test
    void cfnLintFindsNothingInAnyTemplate() throws IOException {
        Map<String, String> templates = new TreeMap<>();
        for (SampleWorkflows.Sample sample : SampleWorkflows.ALL) {
            for (String suffix : List.of(".template.json", ".sam.json")) {
                templates.put(sample.className() + suffix, read(sample.className() + suffix));
            }
        }
        assertThat(CfnLint.require().findings(templates)).isEmpty();
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
        Map<String, Set<String>> calls = calls(JSON.readTree(read(sample.className() + ".asl.json")),
                stateMachineNameParameter(template));
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

    /**
     * Each Task state's IAM action and the target it names, from the definition, Parallel branches and Map
     * processors included, and what a Distributed Map calls: its own state machine and the S3 objects it reads and
     * writes. {@code machineName} is the template parameter that names the state machine.
     */
    private static Map<String, Set<String>> calls(JsonNode flow, String machineName) {
        Map<String, Set<String>> calls = new TreeMap<>();
        collectCalls(flow, machineName, calls);
        return calls;
    }

    private static void collectCalls(JsonNode flow, String machineName, Map<String, Set<String>> calls) {
        for (JsonNode state : flow.get("States")) {
            state.path("Branches").forEach(branch -> collectCalls(branch, machineName, calls));
            if (state.has("ItemProcessor")) {
                collectCalls(state.get("ItemProcessor"), machineName, calls);
            }
            if (state.at("/ItemProcessor/ProcessorConfig/Mode").asText().equals("DISTRIBUTED")) {
                collectDistributedMapCalls(state, machineName, calls);
            }
            if (!state.path("Type").asText().equals("Task")) {
                continue;
            }
            JsonNode assumedRole = state.path("Credentials").path("RoleArn");
            if (assumedRole.isTextual()) {
                // the call runs as that role, which holds its permissions: AWS's cross-account access pages
                add(calls, "sts:AssumeRole", assumedRole.asText());
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

    /**
     * A Distributed Map starts its child executions from the state machine itself and describes and stops them, reads
     * its ItemReader's object (any object of the bucket when the key is chosen at run time) and writes its results
     * under the ResultWriter's prefix, as AWS's "IAM policies for using Distributed Map states" lists.
     */
    private static void collectDistributedMapCalls(JsonNode map, String machineName,
            Map<String, Set<String>> calls) {
        String states = "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:";
        add(calls, "states:StartExecution", states + "stateMachine:${" + machineName + "}");
        add(calls, "states:DescribeExecution", states + "execution:${" + machineName + "}/*");
        add(calls, "states:StopExecution", states + "execution:${" + machineName + "}/*");
        JsonNode reader = map.path("ItemReader");
        if (reader.path("Resource").asText().equals("arn:aws:states:::s3:getObject")) {
            JsonNode object = reader.has("Arguments") ? reader.get("Arguments") : reader.get("Parameters");
            add(calls, "s3:GetObject", s3(object.get("Bucket").asText(), fixed(object, "Key").orElse("*")));
        } else if (reader.has("Resource")) {
            throw new AssertionError("a sample reads items with " + reader.get("Resource").asText()
                    + ", which this test does not know yet");
        }
        JsonNode writer = map.path("ResultWriter");
        if (writer.has("Resource")) {
            JsonNode location = writer.has("Arguments") ? writer.get("Arguments") : writer.get("Parameters");
            String results = s3(location.get("Bucket").asText(), fixed(location, "Prefix").orElseThrow() + "/*");
            for (String action : List.of("s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts",
                    "s3:AbortMultipartUpload")) {
                add(calls, action, results);
            }
        }
    }

    /** A field's value when the definition fixes it: neither a {@code .$} path nor a JSONata expression. */
    private static Optional<String> fixed(JsonNode parameters, String field) {
        String value = parameters.path(field).asText("");
        return value.isEmpty() || value.startsWith("{%") ? Optional.empty() : Optional.of(value);
    }

    private static String s3(String bucket, String key) {
        return "arn:${AWS::Partition}:s3:::" + bucket + "/" + key;
    }

    /** The template parameter that names the state machine: {@code <Name>StateMachineName}. */
    private static String stateMachineNameParameter(ObjectNode template) {
        List<String> names = new ArrayList<>();
        template.path("Parameters").fieldNames().forEachRemaining(name -> {
            if (name.endsWith("StateMachineName")) {
                names.add(name);
            }
        });
        assertThat(names).as("the state machine's name parameter").hasSize(1);
        return names.get(0);
    }

    /** {@code https://sqs.<region>.amazonaws.com/<account>/<name>} as the queue's ARN in the stack's partition. */
    private static String queueArn(String url) {
        URI uri = URI.create(url);
        String region = uri.getHost().split("\\.")[1];
        String[] path = uri.getPath().substring(1).split("/");
        return "arn:${AWS::Partition}:sqs:" + region + ":" + path[0] + ":" + path[1];
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
