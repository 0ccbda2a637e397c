package dev.stepwise.processor.deploy;

import static dev.stepwise.processor.deploy.CloudFormationTemplateWriterTest.fieldNames;
import static dev.stepwise.processor.deploy.CloudFormationTemplateWriterTest.types;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class SamTemplateWriterTest extends TemplateWriterContract {

    private final SamTemplateWriter writer = new SamTemplateWriter();

    @Override
    ObjectNode write(DeploymentSpec spec) {
        return writer.write(spec);
    }

    @Override
    String goldenSuffix() {
        return ".sam.json";
    }

    @Test
    void samShapesAreCheckedToo() {
        ObjectNode template = writer.write(SampleSpecs.orderProcessing());
        ((ObjectNode) template.at("/Resources/OrderProcessingStateMachine/Properties/Logging")).put("Level", "VERBOSE");
        assertThat(schemas.problems(template)).anySatisfy(p -> assertThat(p).contains("Level"));
    }

    @Test
    void generatedRoleGetsTheDerivedStatementsAsPolicies() {
        DeploymentSpec spec = SampleSpecs.orderProcessing();
        JsonNode properties = writer.write(spec).at("/Resources/OrderProcessingStateMachine/Properties");
        assertThat(properties.has("Role")).isFalse();
        assertThat(properties.at("/Policies/0/Statement")).hasSize(new IamPolicyDeriver().derive(spec).statements().size());
    }

    @Test
    void declaresTheServerlessTransform() {
        assertThat(writer.write(SampleSpecs.orderProcessing()).get("Transform").asText())
                .isEqualTo("AWS::Serverless-2016-10-31");
    }

    @Test
    void givenRoleReplacesPolicies() {
        JsonNode properties = writer.write(SampleSpecs.nightlyReport()).at("/Resources/NightlyReportStateMachine/Properties");
        assertThat(properties.get("Role").asText()).isEqualTo("arn:aws:iam::123456789012:role/service-role/nightly-report");
        assertThat(properties.has("Policies")).isFalse();
    }

    @Test
    void gradualDeploymentUsesAutoPublishAliasAndDeploymentPreference() {
        JsonNode properties = writer.write(SampleSpecs.orderProcessing()).at("/Resources/OrderProcessingStateMachine/Properties");
        assertThat(properties.get("AutoPublishAlias").asText()).isEqualTo("live");
        assertThat(properties.get("DeploymentPreference").toString())
                .isEqualTo("{\"Type\":\"CANARY\",\"Percentage\":10,\"Interval\":5}");
    }

    @Test
    void fixedWeightsNeedExplicitVersionAndAliasBesideTheSamResource() {
        ObjectNode template = writer.write(SampleSpecs.nightlyReport());
        assertThat(types(template)).containsExactly("AWS::Serverless::StateMachine",
                "AWS::StepFunctions::StateMachineVersion", "AWS::StepFunctions::StateMachineAlias");
        assertThat(template.at("/Resources/NightlyReportStateMachine/Properties").has("AutoPublishAlias")).isFalse();
        assertThat(template.at("/Resources/NightlyReportVersion/Properties/StateMachineArn"))
                .isEqualTo(Intrinsics.ref("NightlyReportStateMachine"));
        assertThat(fieldNames(template.get("Outputs")))
                .containsExactly("NightlyReportArn", "NightlyReportVersionArn", "NightlyReportAliasArn");
    }

    @Test
    void autoPublishAliasOutputsTheVersionAndAliasSamGenerates() {
        ObjectNode template = writer.write(SampleSpecs.orderProcessing());
        assertThat(template.at("/Outputs/OrderProcessingVersionArn/Value"))
                .isEqualTo(Intrinsics.ref("OrderProcessingStateMachineVersion"));
        assertThat(template.at("/Outputs/OrderProcessingAliasArn/Value"))
                .isEqualTo(Intrinsics.ref("OrderProcessingStateMachineAliaslive"));
    }

    @Test
    void anAliasNameSamCannotTurnIntoALogicalIdGetsAnExplicitAlias() {
        DeploymentSpec spec = DeploymentSpec.builder("test.Sample", "Sample", SampleSpecs.orderProcessing().definition())
                .publish(PublishSpec.allAtOnce("live-v2", null))
                .build();
        ObjectNode template = writer.write(spec);
        assertThat(template.at("/Resources/SampleStateMachine/Properties").has("AutoPublishAlias")).isFalse();
        assertThat(template.at("/Resources/SampleAlias/Properties/Name").asText()).isEqualTo("live-v2");
        assertThat(template.at("/Outputs/SampleAliasArn/Value")).isEqualTo(Intrinsics.ref("SampleAlias"));
    }

    @Test
    void tagsAreAMapInDeclarationOrder() {
        assertThat(writer.write(SampleSpecs.orderProcessing()).at("/Resources/OrderProcessingStateMachine/Properties/Tags")
                .toString()).isEqualTo("{\"team\":\"checkout\",\"cost-center\":\"4711\"}");
    }

    @Test
    void loggingAndTracingHaveTheStateMachinesShapes() {
        ObjectNode template = writer.write(SampleSpecs.orderProcessing());
        JsonNode properties = template.at("/Resources/OrderProcessingStateMachine/Properties");
        assertThat(properties.get("Logging")).isEqualTo(new CloudFormationTemplateWriter().write(SampleSpecs.orderProcessing())
                .at("/Resources/OrderProcessingStateMachine/Properties/LoggingConfiguration"));
        assertThat(properties.get("Tracing").toString()).isEqualTo("{\"Enabled\":true}");
        assertThat(types(template)).contains("AWS::Logs::LogGroup");
    }

    @Test
    void definitionUriReplacesTheEmbeddedDefinition() {
        DeploymentSpec spec = SampleSpecs.scoreFanOut();
        JsonNode properties = writer.write(spec, new IamPolicyDeriver().derive(spec),
                "META-INF/stepwise/com.example.scoring.ScoreFanOut.asl.json").at("/Resources/ScoreFanOutStateMachine/Properties");
        assertThat(properties.get("DefinitionUri").asText()).isEqualTo("META-INF/stepwise/com.example.scoring.ScoreFanOut.asl.json");
        assertThat(properties.has("Definition")).isFalse();
        assertThat(properties.get("DefinitionSubstitutions")).isNotNull();
    }

    @Test
    void embedsTheDefinitionTreeUnchanged() {
        DeploymentSpec spec = SampleSpecs.scoreFanOut();
        assertThat(writer.write(spec).at("/Resources/ScoreFanOutStateMachine/Properties/Definition"))
                .isEqualTo(spec.definition());
    }
}
