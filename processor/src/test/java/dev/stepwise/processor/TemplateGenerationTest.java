package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Sources.compile;
import static dev.stepwise.processor.Sources.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import dev.stepwise.processor.testing.CloudFormationSchemas;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The deployment templates the processor writes next to each definition. */
class TemplateGenerationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:";

    private static Compilation compilation;

    @BeforeAll
    static void compileWorkflowWithNestedTasks() {
        JavaFileObject sample = Sources.workflow("@Tag(key = \"team\", value = \"orders\")\n"
                        + "@Publish(alias = \"live\", deployment = Publish.Deployment.LINEAR, percentage = 20, intervalMinutes = 3)",
                "    @Task(resource = \"" + FUNCTION + "top\") void top() {}\n"
                        + "    @Parallel(branches = Branch.class) void both() {}\n"
                        + "    @Map(processor = Item.class) @End void each() {}");
        JavaFileObject branch = type("Branch", "@Flow public class Branch {\n"
                + "    @Task(resource = \"arn:aws:states:::sqs:sendMessage\")\n"
                + "    @Parameters(\"{\\\"QueueUrl\\\": \\\"https://sqs.us-east-1.amazonaws.com/123456789012/audit\\\","
                + " \\\"MessageBody.$\\\": \\\"$\\\"}\")\n"
                + "    @End void audit() {}\n}");
        JavaFileObject item = type("Item", "@Flow public class Item {\n"
                + "    @Task(resource = \"" + FUNCTION + "per-item\") @End void handle() {}\n}");
        compilation = compile(sample, branch, item);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void theTemplateEmbedsTheDefinitionThatWasWrittenAsAsl() throws IOException {
        JsonNode definition = JSON.readTree(GenerationTest.asl(compilation, "META-INF/stepwise/test.Sample.asl.json"));

        assertThat(template().at("/Resources/SampleStateMachine/Properties/Definition")).isEqualTo(definition);
        assertThat(sam().at("/Resources/SampleStateMachine/Properties/Definition")).isEqualTo(definition);
    }

    @Test
    void aMermaidGraphOfTheWrittenDefinitionLiesBesideIt() throws IOException {
        String graph = GenerationTest.asl(compilation, "META-INF/stepwise/test.Sample.mmd");
        JsonNode definition = JSON.readTree(GenerationTest.asl(compilation, "META-INF/stepwise/test.Sample.asl.json"));

        assertThat(graph).isEqualTo(dev.stepwise.asl.graph.GraphFormat.MERMAID.render(definition))
                .startsWith("flowchart TD\n").contains("top<br/>", "subgraph", "Item processor", "--> finish");
    }

    @Test
    void theGeneratedRoleCoversTasksInBranchesAndItemProcessors() throws IOException {
        List<String> grants = new ArrayList<>();
        template().at("/Resources/SampleRole/Properties/Policies/0/PolicyDocument/Statement").forEach(statement ->
                statement.get("Action").forEach(action -> statement.get("Resource").forEach(resource ->
                        grants.add(action.asText() + " " + (resource.isTextual() ? resource.asText()
                                : resource.get("Fn::Sub").asText())))));

        assertThat(grants).contains("lambda:InvokeFunction " + FUNCTION + "top",
                "lambda:InvokeFunction " + FUNCTION + "per-item",
                "sqs:SendMessage arn:${AWS::Partition}:sqs:us-east-1:123456789012:audit");
    }

    @Test
    void theDerivedPolicyIsAlsoWrittenAloneForCdkUsers() throws IOException {
        JsonNode policy = JSON.readTree(GenerationTest.asl(compilation, "META-INF/stepwise/test.Sample.policy.json"));
        assertThat(policy).isEqualTo(template().at("/Resources/SampleRole/Properties/Policies/0/PolicyDocument"));
        assertThat(policy.at("/Statement/0/Action/0").asText()).isEqualTo("lambda:InvokeFunction");
    }

    @Test
    void settingsReachBothTemplates() throws IOException {
        ObjectNode template = template();
        assertThat(template.at("/Resources/SampleAlias/Properties/DeploymentPreference/Type").asText()).isEqualTo("LINEAR");
        assertThat(template.at("/Resources/SampleAlias/Properties/DeploymentPreference/Percentage").asInt()).isEqualTo(20);
        assertThat(template.at("/Resources/SampleAlias/Properties/DeploymentPreference/Interval").asInt()).isEqualTo(3);
        assertThat(template.at("/Resources/SampleStateMachine/Properties/Tags/0/Value").asText()).isEqualTo("orders");

        ObjectNode sam = sam();
        assertThat(sam.get("Transform").asText()).isEqualTo("AWS::Serverless-2016-10-31");
        assertThat(sam.at("/Resources/SampleStateMachine/Properties/AutoPublishAlias").asText()).isEqualTo("live");
    }

    @Test
    void bothTemplatesValidateAgainstAwsSchemas() throws IOException {
        CloudFormationSchemas schemas = CloudFormationSchemas.load();

        assertThat(schemas.problems(template())).isEmpty();
        assertThat(schemas.problems(sam())).isEmpty();
    }

    private static ObjectNode template() throws IOException {
        return (ObjectNode) JSON.readTree(GenerationTest.asl(compilation, "META-INF/stepwise/test.Sample.template.json"));
    }

    private static ObjectNode sam() throws IOException {
        return (ObjectNode) JSON.readTree(GenerationTest.asl(compilation, "META-INF/stepwise/test.Sample.sam.json"));
    }
}
