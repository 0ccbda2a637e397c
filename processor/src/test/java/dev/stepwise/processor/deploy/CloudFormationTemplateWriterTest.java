package dev.stepwise.processor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stepwise.processor.JsonFile;
import dev.stepwise.processor.deploy.PublishSpec.DeploymentPreference;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudFormationTemplateWriterTest extends TemplateWriterContract {

    private final CloudFormationTemplateWriter writer = new CloudFormationTemplateWriter();

    @Override
    ObjectNode write(DeploymentSpec spec) {
        return writer.write(spec);
    }

    @Override
    String goldenSuffix() {
        return ".template.json";
    }

    @Test
    void schemaCheckCatchesAnInvalidResource() {
        // guards the guard: a template the schemas reject must be reported, or the check above proves nothing
        ObjectNode template = writer.write(SampleSpecs.orderProcessing());
        ObjectNode stateMachine = (ObjectNode) template.at("/Resources/OrderProcessingStateMachine/Properties");
        stateMachine.put("StateMachineType", "FAST").put("Arn", "arn:aws:states:::x");
        ((ObjectNode) template.at("/Resources/OrderProcessingAlias/Properties")).remove("DeploymentPreference");
        stateMachine.set("RoleArn", Intrinsics.getAtt("MissingRole", "Arn"));
        assertThat(schemas.problems(template))
                .anySatisfy(p -> assertThat(p).contains("StateMachineType"))
                .anySatisfy(p -> assertThat(p).contains("read-only property /Arn"))
                .anySatisfy(p -> assertThat(p).contains("OrderProcessingAlias"))
                .anySatisfy(p -> assertThat(p).contains("undeclared resource MissingRole"));
    }

    @Test
    void sameSpecGivesTheSameBytes() {
        String first = JsonFile.TEMPLATE.write(writer.write(SampleSpecs.orderProcessing()));
        String second = JsonFile.TEMPLATE.write(new CloudFormationTemplateWriter().write(SampleSpecs.orderProcessing()));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void embedsTheDefinitionTreeUnchanged() {
        DeploymentSpec spec = SampleSpecs.orderProcessing();
        JsonNode embedded = writer.write(spec).at("/Resources/OrderProcessingStateMachine/Properties/Definition");
        assertThat(embedded).isEqualTo(spec.definition());
        assertThat(fieldNames(embedded)).isEqualTo(fieldNames(spec.definition()));
    }

    @Test
    void topLevelKeysComeInCloudFormationsUsualOrder() {
        assertThat(fieldNames(writer.write(SampleSpecs.nightlyReport())))
                .containsExactly("AWSTemplateFormatVersion", "Description", "Parameters", "Resources", "Outputs");
    }

    @Test
    void generatedRoleTrustsStepFunctionsAndCarriesTheDerivedPolicy() {
        ObjectNode template = writer.write(SampleSpecs.orderProcessing());
        JsonNode role = template.at("/Resources/OrderProcessingRole/Properties");
        assertThat(role.at("/AssumeRolePolicyDocument/Statement/0/Principal/Service").asText())
                .isEqualTo("states.amazonaws.com");
        assertThat(role.at("/Policies/0/PolicyDocument/Statement/0/Action/0").asText()).isEqualTo("lambda:InvokeFunction");
        assertThat(template.at("/Resources/OrderProcessingStateMachine/Properties/RoleArn"))
                .isEqualTo(Intrinsics.getAtt("OrderProcessingRole", "Arn"));
    }

    @Test
    void givenRoleIsUsedAndNoRoleIsGenerated() {
        ObjectNode template = writer.write(SampleSpecs.nightlyReport());
        assertThat(template.at("/Resources/NightlyReportStateMachine/Properties/RoleArn").asText())
                .isEqualTo("arn:aws:iam::123456789012:role/service-role/nightly-report");
        assertThat(types(template)).doesNotContain("AWS::IAM::Role");
    }

    @Test
    void loggingWithoutAGroupCreatesOneNamedAfterTheNameParameterRetainedAndPointsAtItsArn() {
        ObjectNode template = writer.write(SampleSpecs.orderProcessing());
        assertThat(template.at("/Resources/OrderProcessingLogGroup/Properties/LogGroupName/Fn::Sub").asText())
                .isEqualTo("/aws/vendedlogs/states/${OrderProcessingStateMachineName}-Logs");
        assertThat(template.at("/Resources/OrderProcessingLogGroup/DeletionPolicy").asText()).isEqualTo("Retain");
        assertThat(template.at("/Resources/OrderProcessingLogGroup/UpdateReplacePolicy").asText()).isEqualTo("Retain");
        assertThat(template.at("/Resources/OrderProcessingStateMachine/Properties/LoggingConfiguration"
                + "/Destinations/0/CloudWatchLogsLogGroup/LogGroupArn"))
                .isEqualTo(Intrinsics.getAtt("OrderProcessingLogGroup", "Arn"));
    }

    @Test
    void theStateMachineNameIsAParameterDefaultingToTheWorkflowName() {
        ObjectNode template = writer.write(SampleSpecs.orderProcessing());
        assertThat(template.at("/Parameters/OrderProcessingStateMachineName/Default").asText()).isEqualTo("OrderProcessing");
        assertThat(template.at("/Resources/OrderProcessingStateMachine/Properties/StateMachineName"))
                .isEqualTo(Intrinsics.ref("OrderProcessingStateMachineName"));
    }

    @Test
    void aPublishedWorkflowOutputsItsVersionAndAliasArns() {
        ObjectNode outputs = (ObjectNode) writer.write(SampleSpecs.orderProcessing()).get("Outputs");
        assertThat(outputs.at("/OrderProcessingVersionArn/Value")).isEqualTo(Intrinsics.ref("OrderProcessingVersion"));
        assertThat(outputs.at("/OrderProcessingAliasArn/Value")).isEqualTo(Intrinsics.ref("OrderProcessingAlias"));
    }

    @Test
    void loggingToAGivenGroupCreatesNone() {
        ObjectNode template = writer.write(SampleSpecs.scoreFanOut());
        assertThat(types(template)).doesNotContain("AWS::Logs::LogGroup");
        assertThat(template.at("/Resources/ScoreFanOutStateMachine/Properties/LoggingConfiguration").toString())
                .contains("\"Level\":\"ALL\"", "\"IncludeExecutionData\":true", "log-group:/aws/vendedlogs/states/scoring:*");
    }

    @Test
    void placeholdersBecomeParametersSubstitutionsAndSubstitutedPolicyResources() {
        ObjectNode template = writer.write(SampleSpecs.scoreFanOut());
        assertThat(fieldNames(template.get("Parameters")))
                .containsExactly("ScoreFanOutStateMachineName", "ScoreFunction", "AlertsTopicArn");
        assertThat(template.at("/Parameters/AlertsTopicArn/Description").asText()).doesNotContain("${");
        assertThat(template.at("/Resources/ScoreFanOutStateMachine/Properties/DefinitionSubstitutions/AlertsTopicArn"))
                .isEqualTo(Intrinsics.ref("AlertsTopicArn"));
        assertThat(template.at("/Resources/ScoreFanOutRole/Properties/Policies/0/PolicyDocument").toString())
                .contains("{\"Fn::Sub\":\"${AlertsTopicArn}\"}",
                        // the run-time "router" function widens the grant to every function, ${ScoreFunction} included
                        "{\"Fn::Sub\":\"arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:*\"}");
    }

    @Test
    void settingsLeftAtTheirDefaultsAreLeftOut() {
        DeploymentSpec plain = DeploymentSpec.builder("com.example.Plain", "Plain",
                SampleSpecs.json("{\"StartAt\": \"a\", \"States\": {\"a\": {\"Type\": \"Pass\", \"End\": true}}}")).build();
        ObjectNode template = writer.write(plain);
        assertThat(fieldNames(template.at("/Resources/PlainStateMachine/Properties")))
                .containsExactly("StateMachineName", "StateMachineType", "Definition", "RoleArn");
        // a role for a workflow that calls nothing has no policy: IAM rejects a policy without statements
        assertThat(fieldNames(template.at("/Resources/PlainRole/Properties")))
                .containsExactly("AssumeRolePolicyDocument", "Description");
        assertThat(fieldNames(template.get("Outputs"))).containsExactly("PlainArn");
        assertThat(schemas.problems(template)).isEmpty();
    }

    @Test
    void gradualDeploymentShiftsTheAliasToTheNewRevisionsVersion() {
        ObjectNode template = writer.write(SampleSpecs.orderProcessing());
        assertThat(template.at("/Resources/OrderProcessingVersion/Properties/StateMachineRevisionId"))
                .isEqualTo(Intrinsics.getAtt("OrderProcessingStateMachine", "StateMachineRevisionId"));
        assertThat(template.at("/Resources/OrderProcessingVersion/UpdateReplacePolicy").asText()).isEqualTo("Retain");
        JsonNode preference = template.at("/Resources/OrderProcessingAlias/Properties/DeploymentPreference");
        assertThat(preference.get("StateMachineVersionArn")).isEqualTo(Intrinsics.ref("OrderProcessingVersion"));
        assertThat(preference.get("Type").asText()).isEqualTo("CANARY");
        assertThat(preference.get("Percentage").asInt()).isEqualTo(10);
        assertThat(preference.get("Interval").asInt()).isEqualTo(5);
        assertThat(template.at("/Outputs/OrderProcessingAliasArn/Value")).isEqualTo(Intrinsics.ref("OrderProcessingAlias"));
    }

    @Test
    void publishingWithoutPreferenceOrWeightsRoutesEverythingToTheNewVersion() {
        DeploymentSpec spec = withPublish(PublishSpec.allAtOnce("live", null));
        ObjectNode template = writer.write(spec);
        assertThat(template.at("/Resources/OrderProcessingAlias/Properties/RoutingConfiguration").toString())
                .isEqualTo("[{\"StateMachineVersionArn\":{\"Ref\":\"OrderProcessingVersion\"},\"Weight\":100}]");
        assertThat(template.at("/Resources/OrderProcessingAlias/Properties").has("Description")).isFalse();
        assertThat(schemas.problems(template)).isEmpty();
    }

    @Test
    void allAtOnceAndLinearPreferencesValidate() {
        for (DeploymentPreference preference : List.of(DeploymentPreference.allAtOnce(), DeploymentPreference.linear(20, 30))) {
            ObjectNode template = writer.write(withPublish(PublishSpec.gradual("live", "d", preference)));
            assertThat(schemas.problems(template)).as(preference.toString()).isEmpty();
            assertThat(template.at("/Resources/OrderProcessingAlias/Properties/DeploymentPreference/Type").asText())
                    .isEqualTo(preference.type().name());
        }
    }

    @Test
    void fixedWeightsRouteBetweenTheNewAndAnExistingVersion() {
        ObjectNode template = writer.write(SampleSpecs.nightlyReport());
        assertThat(template.at("/Resources/NightlyReportAlias/Properties/RoutingConfiguration").toString()).isEqualTo(
                "[{\"StateMachineVersionArn\":{\"Ref\":\"NightlyReportVersion\"},\"Weight\":90},"
                        + "{\"StateMachineVersionArn\":\"arn:aws:states:us-east-1:123456789012:stateMachine:NightlyReport:3\","
                        + "\"Weight\":10}]");
    }

    @Test
    void tagsKeepTheirDeclarationOrder() {
        assertThat(writer.write(SampleSpecs.orderProcessing()).at("/Resources/OrderProcessingStateMachine/Properties/Tags")
                .toString()).isEqualTo("[{\"Key\":\"team\",\"Value\":\"checkout\"},{\"Key\":\"cost-center\",\"Value\":\"4711\"}]");
    }

    @Test
    void logicalIdsKeepOnlyTheLettersAndDigitsOfTheName() {
        DeploymentSpec spec = DeploymentSpec.builder("com.example.Flow", "order-flow_v2",
                SampleSpecs.json("{\"StartAt\": \"a\", \"States\": {\"a\": {\"Type\": \"Succeed\"}}}")).build();
        assertThat(fieldNames(writer.write(spec).get("Resources"))).containsExactly("orderflowv2Role", "orderflowv2StateMachine");
    }

    private static DeploymentSpec withPublish(PublishSpec publish) {
        DeploymentSpec base = SampleSpecs.orderProcessing();
        return new DeploymentSpec(base.qualifiedName(), base.stateMachineName(), base.type(), base.definition(),
                base.tasks(), base.tags(), base.logging(), base.tracing(), base.roleArn(), publish, base.placeholders(),
                base.statusRules(), base.distributedMap(), base.mapStorage());
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> types(ObjectNode template) {
        List<String> types = new java.util.ArrayList<>();
        template.get("Resources").forEach(resource -> types.add(resource.get("Type").asText()));
        return types;
    }

}
