package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Sources.compile;
import static dev.stepwise.processor.Sources.type;
import static dev.stepwise.processor.Sources.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The permissions a compiled workflow's generated role holds, read from the policy the processor writes: what the
 * model says about a call (its arguments, its credentials) reaches the policy as AWS evaluates the call.
 */
class DerivedPermissionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonataArgumentsComputedAsAWholeCountAsChosenAtRunTimeNotAsAbsent() throws IOException {
        // CreateTrainingJob passes its RoleArn: with Arguments computed as a whole, that role is chosen at run time
        List<String> statements = policy(jsonata("""
                @Task(resource = "arn:aws:states:::sagemaker:createTrainingJob")
                @Parameters("\\"{% $states.input.job %}\\"")
                @End void train() {}"""));
        assertThat(statements).contains("iam:PassRole arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*"
                + " if StringEquals iam:PassedToService=sagemaker.amazonaws.com");
    }

    @Test
    void aPublishComputedAsAWholeMaySendAnSmsWhichSnsScopesToNoResource() throws IOException {
        assertThat(policy(jsonata("""
                @Task(resource = "arn:aws:states:::sns:publish")
                @Parameters("\\"{% $states.input.notification %}\\"")
                @End void announce() {}"""))).containsExactly("sns:Publish *");
    }

    @Test
    void aTaskWithCredentialsAssumesTheirRoleAndItsPlaceholderBecomesATemplateParameter() throws IOException {
        Compilation compilation = compile(workflow("""
                    @Task(resource = "arn:aws:states:::lambda:invoke", credentials = "{\\"RoleArn\\": \\"${TargetRoleArn}\\"}")
                    @Parameters("{\\"FunctionName\\": \\"arn:aws:lambda:us-east-1:210987654321:function:remote\\"}")
                    @End void remote() {}"""));
        assertThat(statements(compilation)).containsExactly("sts:AssumeRole "
                + "{\"Fn::If\":[\"TargetRoleArnIsArn\",{\"Fn::Sub\":\"${TargetRoleArn}\"},"
                + "{\"Fn::Sub\":\"arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${TargetRoleArn}\"}]}");
        JsonNode template = JSON.readTree(GenerationTest.asl(compilation, "META-INF/stepwise/test.Sample.template.json"));
        assertThat(template.at("/Parameters/TargetRoleArn/Type").asText()).isEqualTo("String");
        assertThat(template.at("/Resources/SampleStateMachine/Properties/DefinitionSubstitutions/TargetRoleArn/Ref")
                .asText()).isEqualTo("TargetRoleArn");
    }

    @Test
    void aDistributedMapReadingOneVersionOfItsItemsMayReadThatVersion() throws IOException {
        assertThat(policy(workflow("""
                    @Map(processor = Row.class, mode = Map.Mode.DISTRIBUTED)
                    @ItemReader(parameters = "{\\"Bucket\\": \\"in\\", \\"Key\\": \\"rows.csv\\", \\"VersionId\\": \\"v7\\"}",
                            inputType = ItemReader.InputType.CSV, csvHeaderLocation = ItemReader.CsvHeaderLocation.FIRST_ROW)
                    @End void rows() {}"""), type("Row", "@Flow public class Row { @Pass @End void row() {} }")))
                .contains("s3:GetObject s3:GetObjectVersion arn:${AWS::Partition}:s3:::in/rows.csv");
    }

    static JavaFileObject jsonata(String body) {
        return type("Sample", "@Workflow(queryLanguage = QueryLanguage.JSONATA)\npublic class Sample {\n" + body + "\n}");
    }

    /** Each statement as "actions resources[ if Operator key=values]", resources written as their Fn::Sub text. */
    static List<String> policy(JavaFileObject... sources) throws IOException {
        return statements(compile(sources));
    }

    private static List<String> statements(Compilation compilation) throws IOException {
        assertThat(compilation).succeeded();
        JsonNode policy = JSON.readTree(GenerationTest.asl(compilation, "META-INF/stepwise/test.Sample.policy.json"));
        List<String> statements = new ArrayList<>();
        for (JsonNode statement : policy.get("Statement")) {
            List<String> parts = new ArrayList<>();
            statement.get("Action").forEach(action -> parts.add(action.asText()));
            statement.get("Resource").forEach(resource -> parts.add(text(resource)));
            StringBuilder rendered = new StringBuilder(String.join(" ", parts));
            statement.path("Condition").properties().forEach(operator -> operator.getValue().properties()
                    .forEach(key -> {
                        List<String> values = new ArrayList<>();
                        key.getValue().forEach(value -> values.add(text(value)));
                        rendered.append(" if ").append(operator.getKey()).append(' ').append(key.getKey())
                                .append('=').append(String.join(",", values));
                    }));
            statements.add(rendered.toString());
        }
        return statements;
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.has("Fn::Sub") ? value.get("Fn::Sub").asText() : value.toString();
    }
}
