package dev.stepwise.processor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IamPolicyDeriverTest {

    private static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:validate-order";
    private static final String CHILD = "arn:aws:states:us-east-1:123456789012:stateMachine:Child";
    private static final String EVENTS_RULE = "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}"
            + ":rule/StepFunctionsGetEventsForStepFunctionsExecutionRule";

    private final IamPolicyDeriver deriver = new IamPolicyDeriver();

    @Nested
    class Lambda {
        @Test
        void functionArnResourceGrantsInvokeOnTheFunctionAndItsQualifiers() {
            assertThat(statements(TaskResource.of("validate", FUNCTION))).containsExactly(
                    statement(List.of("lambda:InvokeFunction"), FUNCTION, FUNCTION + ":*"));
        }

        @Test
        void qualifiedFunctionArnIsGrantedOnTheUnqualifiedFunction() {
            assertThat(statements(TaskResource.of("validate", FUNCTION + ":prod"))).containsExactly(
                    statement(List.of("lambda:InvokeFunction"), FUNCTION, FUNCTION + ":*"));
        }

        @Test
        void invokeIntegrationGrantsTheFunctionNamedInParameters() {
            assertThat(statements(task("arn:aws:states:::lambda:invoke",
                    "{\"FunctionName\": \"" + FUNCTION + ":live\", \"Payload.$\": \"$\"}"))).containsExactly(
                    statement(List.of("lambda:InvokeFunction"), FUNCTION, FUNCTION + ":*"));
        }

        @Test
        void plainFunctionNameLivesInTheStacksAccountAndRegion() {
            String arn = "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:score";
            assertThat(statements(task("arn:aws:states:::lambda:invoke.waitForTaskToken",
                    "{\"FunctionName\": \"score:3\"}"))).containsExactly(
                    statement(List.of("lambda:InvokeFunction"), arn, arn + ":*"));
        }

        @Test
        void partialArnKeepsItsAccount() {
            String arn = "arn:${AWS::Partition}:lambda:${AWS::Region}:210987654321:function:score";
            assertThat(statements(task("arn:aws:states:::lambda:invoke",
                    "{\"FunctionName\": \"210987654321:function:score\"}"))).containsExactly(
                    statement(List.of("lambda:InvokeFunction"), arn, arn + ":*"));
        }
    }

    @Nested
    class StartExecution {
        @Test
        void requestResponseGrantsStartExecutionOnTheChildOnly() {
            assertThat(statements(task("arn:aws:states:::states:startExecution",
                    "{\"StateMachineArn\": \"" + CHILD + "\"}"))).containsExactly(
                    statement(List.of("states:StartExecution"), CHILD));
        }

        @Test
        void waitForTaskTokenIsItsBaseAction() {
            assertThat(statements(task("arn:aws:states:::states:startExecution.waitForTaskToken",
                    "{\"StateMachineArn\": \"" + CHILD + "\"}"))).containsExactly(
                    statement(List.of("states:StartExecution"), CHILD));
        }

        @Test
        void syncAlsoTracksTheChildsExecutionsThroughTheManagedRule() {
            List<PolicyStatement> statements = statements(task("arn:aws:states:::states:startExecution.sync",
                    "{\"StateMachineArn\": \"" + CHILD + "\"}"));
            assertThat(statements).containsExactly(
                    statement(List.of("states:StartExecution"), CHILD),
                    statement(List.of("states:DescribeExecution", "states:StopExecution"),
                            "arn:aws:states:us-east-1:123456789012:execution:Child:*"),
                    statement(List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"), EVENTS_RULE));
        }

        /** Step Functions authorizes a call on a version or alias with its state machine's ARN. */
        @Test
        void syncV2IsGrantedLikeSyncAndAnAliasIsGrantedAsItsStateMachine() {
            List<PolicyStatement> statements = statements(task("arn:aws:states:::states:startExecution.sync:2",
                    "{\"StateMachineArn\": \"" + CHILD + ":prod\"}"));
            assertThat(statements).containsExactly(
                    statement(List.of("states:StartExecution"), CHILD),
                    statement(List.of("states:DescribeExecution", "states:StopExecution"),
                            "arn:aws:states:us-east-1:123456789012:execution:Child:*"),
                    statement(List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"), EVENTS_RULE));
        }

        @Test
        void aVersionArnIsGrantedAsItsStateMachine() {
            assertThat(statements(task("arn:aws:states:::aws-sdk:sfn:startSyncExecution",
                    "{\"StateMachineArn\": \"" + CHILD + ":12\"}"))).containsExactly(
                    statement(List.of("states:StartSyncExecution"), CHILD));
        }

        @Test
        void aPlaceholderIsGrantedAsTheStateMachineOfTheArnItHolds() {
            DerivedPolicy policy = derive(spec(task("arn:aws:states:::states:startExecution",
                    "{\"StateMachineArn\": \"${ChildAliasArn}\"}")).build());
            String standIn = policy.statements().get(0).resources().get(0);
            String field = "{\"Fn::Select\":[%d,{\"Fn::Split\":[\":\",{\"Ref\":\"ChildAliasArn\"}]}]}";
            StringBuilder fields = new StringBuilder();
            for (int index = 0; index < 7; index++) {
                fields.append(index == 0 ? "" : ",").append(field.formatted(index));
            }
            assertThat(policy.expressions().get(standIn).toString())
                    .isEqualTo("{\"Fn::Join\":[\":\",[" + fields + "]]}");
        }
    }

    @Test
    void sqsSendMessageIsGrantedOnTheQueueArnDerivedFromItsUrl() {
        assertThat(statements(task("arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "{\"QueueUrl\": \"https://sqs.eu-west-1.amazonaws.com/123456789012/shipments\", \"MessageBody.$\": \"$\"}")))
                .containsExactly(statement(List.of("sqs:SendMessage"), "arn:${AWS::Partition}:sqs:eu-west-1:123456789012:shipments"));
    }

    @Test
    void snsPublishIsGrantedOnTheTopic() {
        String topic = "arn:aws:sns:us-east-1:123456789012:alerts";
        assertThat(statements(task("arn:aws:states:::sns:publish", "{\"TopicArn\": \"" + topic + "\", \"Message\": \"hi\"}")))
                .containsExactly(statement(List.of("sns:Publish"), topic));
    }

    @Test
    void dynamoDbItemActionsAreGrantedOnTheTableAndShareOneStatement() {
        String table = "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/Orders";
        List<PolicyStatement> statements = statements(
                task("arn:aws:states:::dynamodb:getItem", "{\"TableName\": \"Orders\"}"),
                task("arn:aws:states:::dynamodb:putItem", "{\"TableName\": \"Orders\"}"),
                task("arn:aws:states:::dynamodb:updateItem", "{\"TableName\": \"Orders\"}"),
                task("arn:aws:states:::dynamodb:deleteItem", "{\"TableName\": \"Orders\"}"));
        assertThat(statements).containsExactly(statement(
                List.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"), table));
    }

    @Test
    void dynamoDbTableArnIsUsedAsGiven() {
        String table = "arn:aws:dynamodb:eu-west-1:123456789012:table/Orders";
        assertThat(statements(task("arn:aws:states:::dynamodb:getItem", "{\"TableName\": \"" + table + "\"}")))
                .containsExactly(statement(List.of("dynamodb:GetItem"), table));
    }

    @Test
    void eventBridgePutEventsIsGrantedOnEveryEntrysBusWithTheDefaultBusForEntriesWithoutOne() {
        String bus = "arn:aws:events:us-east-1:123456789012:event-bus/orders";
        assertThat(statements(task("arn:aws:states:::events:putEvents", """
                {"Entries": [{"EventBusName": "scores", "Detail": {}}, {"EventBusName": "%s"}, {"Source": "x"}]}
                """.formatted(bus)))).containsExactly(statement(List.of("events:PutEvents"),
                "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/scores",
                bus,
                "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default"));
    }

    @Nested
    class AwsSdk {
        @Test
        void actionIsTheServicePrefixAndTheCapitalisedActionOnTheNamedObject() {
            assertThat(statements(task("arn:aws:states:::aws-sdk:s3:getObject",
                    "{\"Bucket\": \"reports\", \"Key\": \"daily.json\"}"))).containsExactly(
                    statement(List.of("s3:GetObject"), "arn:${AWS::Partition}:s3:::reports/daily.json"));
        }

        @Test
        void callsWithoutAKeyAreGrantedOnTheBucketUnderIamsNameForTheAction() {
            assertThat(statements(task("arn:aws:states:::aws-sdk:s3:listObjectsV2", "{\"Bucket\": \"reports\"}")))
                    .containsExactly(statement(List.of("s3:ListBucket"), "arn:${AWS::Partition}:s3:::reports"));
        }

        @Test
        void sdkServiceNamesMapToTheirIamPrefix() {
            assertThat(statements(task("arn:aws:states:::aws-sdk:sfn:describeExecution.waitForTaskToken",
                    "{\"ExecutionArn.$\": \"$.arn\"}"))).containsExactly(statement(List.of("states:DescribeExecution"),
                    "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:*"));
        }

        @Test
        void knownTargetParametersScopeTheGrant() {
            assertThat(statements(task("arn:aws:states:::aws-sdk:dynamodb:query", "{\"TableName\": \"Orders\"}")))
                    .containsExactly(statement(List.of("dynamodb:Query"),
                            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/Orders",
                            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/Orders/index/*"));
        }

        @Test
        void servicesWithoutAKnownTargetAreGrantedOnEveryResource() {
            assertThat(statements(task("arn:aws:states:::aws-sdk:ec2:describeInstances", "{}")))
                    .containsExactly(statement(List.of("ec2:DescribeInstances"), "*"));
        }
    }

    @Test
    void activitiesNeedNoPermission() {
        DerivedPolicy policy = derive(spec(TaskResource.of("approve",
                "arn:aws:states:us-east-1:123456789012:activity:approve")).build());
        assertThat(policy.statements()).isEmpty();
        assertThat(policy.warnings()).isEmpty();
    }

    @Test
    void loggingNeedsTheLogDeliveryActionsOnEveryResource() {
        DerivedPolicy policy = derive(spec().logging(new LoggingSpec(LoggingSpec.Level.FATAL, false, null)).build());
        assertThat(policy.statements()).containsExactly(statement(List.of(
                "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
                "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies",
                "logs:DescribeLogGroups"), "*"));
    }

    @Test
    void loggingOffNeedsNothing() {
        assertThat(derive(spec().logging(LoggingSpec.OFF).build()).statements()).isEmpty();
    }

    @Test
    void tracingNeedsTheXRayActionsOnEveryResource() {
        assertThat(derive(spec().tracing(true).build()).statements()).containsExactly(statement(List.of(
                "xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules",
                "xray:GetSamplingTargets"), "*"));
    }

    @Nested
    class Credentials {
        private static final String TARGET_ROLE = "arn:aws:iam::210987654321:role/cross-account";

        @Test
        void aTaskWithCredentialsMayAssumeTheirRoleWhichThenMakesTheCall() {
            assertThat(statements(new TaskResource("remote", "arn:aws:states:::dynamodb:getItem",
                    TaskArguments.of(SampleSpecs.json("{\"TableName\": \"Orders\", \"Key\": {}}")),
                    TaskArguments.of(SampleSpecs.json("{\"RoleArn\": \"" + TARGET_ROLE + "\"}")))))
                    .containsExactly(statement(List.of("sts:AssumeRole"), TARGET_ROLE));
        }

        @Test
        void aRoleChosenAtRunTimeIsAnyRoleOfAnyAccount() {
            // Credentials exist to reach other accounts; a role passed to a service stays in the stack's account
            assertThat(statements(new TaskResource("remote", FUNCTION, TaskArguments.NONE,
                    TaskArguments.of(SampleSpecs.json("{\"RoleArn.$\": \"$.role\"}")))))
                    .containsExactly(statement(List.of("sts:AssumeRole"), "arn:${AWS::Partition}:iam::*:role/*"));
        }
    }

    @Nested
    class DynamicTargets {
        @Test
        void jsonPathQueueUrlFallsBackToEveryQueueOfTheStack() {
            assertThat(statements(task("arn:aws:states:::sqs:sendMessage", "{\"QueueUrl.$\": \"$.queue\"}")))
                    .containsExactly(statement(List.of("sqs:SendMessage"),
                            "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:*"));
        }

        @Test
        void jsonataFunctionNameFallsBackToEveryFunctionOfTheStack() {
            assertThat(statements(task("arn:aws:states:::lambda:invoke", "{\"FunctionName\": \"{% $states.input.fn %}\"}")))
                    .containsExactly(statement(List.of("lambda:InvokeFunction"),
                            "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:*"));
        }

        @Test
        void dynamicTableFallsBackToEveryTableOfTheStack() {
            assertThat(statements(task("arn:aws:states:::dynamodb:getItem", "{\"TableName.$\": \"$.table\"}")))
                    .containsExactly(statement(List.of("dynamodb:GetItem"),
                            "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/*"));
        }

        @Test
        void dynamicChildFallsBackToTheStacksStateMachinesAndExecutions() {
            assertThat(statements(task("arn:aws:states:::states:startExecution.sync", "{\"StateMachineArn.$\": \"$.child\"}")))
                    .containsExactly(
                            statement(List.of("states:StartExecution"),
                                    "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:*"),
                            statement(List.of("states:DescribeExecution", "states:StopExecution"),
                                    "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:*"),
                            statement(List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"), EVENTS_RULE));
        }

        @Test
        void dynamicEntriesFallBackToEveryBusOfTheStack() {
            assertThat(statements(task("arn:aws:states:::events:putEvents", "{\"Entries.$\": \"$.events\"}")))
                    .containsExactly(statement(List.of("events:PutEvents"),
                            "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/*"));
        }

        @Test
        void dynamicS3KeyIsGrantedOnEveryObjectOfTheBucket() {
            assertThat(statements(task("arn:aws:states:::aws-sdk:s3:putObject", "{\"Bucket\": \"reports\", \"Key.$\": \"$.key\"}")))
                    .containsExactly(statement(List.of("s3:PutObject"), "arn:${AWS::Partition}:s3:::reports/*"));
        }

        @Test
        void aFallbackPatternAbsorbsTheTargetsItMatches() {
            String everyFunction = "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:*";
            String other = "arn:aws:lambda:eu-west-1:123456789012:function:elsewhere";
            assertThat(statements(
                    task("arn:aws:states:::lambda:invoke", "{\"FunctionName\": \"score\"}"),
                    task("arn:aws:states:::lambda:invoke", "{\"FunctionName.$\": \"$.fn\"}"),
                    TaskResource.of("elsewhere", other)))
                    .containsExactly(statement(List.of("lambda:InvokeFunction"), everyFunction, other, other + ":*"));
        }

        @Test
        void aStaticTargetDoesNotWidenWhenAnotherTaskFallsBackToEveryResource() {
            String topic = "arn:aws:sns:us-east-1:123456789012:alerts";
            List<PolicyStatement> statements = statements(
                    task("arn:aws:states:::sns:publish", "{\"TopicArn\": \"" + topic + "\"}"),
                    task("arn:aws:states:::sns:publish", "{\"PhoneNumber\": \"+15555550100\"}"));
            // an SMS has no resource to scope to, so the pooled statement is rightly "*"
            assertThat(statements).containsExactly(statement(List.of("sns:Publish"), "*"));
        }
    }

    @Test
    void placeholdersInTargetsAreKeptForTheTemplateToSubstitute() {
        assertThat(statements(task("arn:aws:states:::sns:publish", "{\"TopicArn\": \"${AlertsTopicArn}\"}")))
                .containsExactly(statement(List.of("sns:Publish"), "${AlertsTopicArn}"));
    }

    @Test
    void grantsToTheSameActionsPoolTheirResourcesInOrderOfFirstUse() {
        String other = "arn:aws:lambda:us-east-1:123456789012:function:charge";
        List<PolicyStatement> statements = statements(
                TaskResource.of("validate", FUNCTION),
                task("arn:aws:states:::sqs:sendMessage", "{\"QueueUrl\": \"https://sqs.us-east-1.amazonaws.com/123456789012/q\"}"),
                TaskResource.of("charge", other),
                TaskResource.of("validateAgain", FUNCTION));
        assertThat(statements).containsExactly(
                statement(List.of("lambda:InvokeFunction"), FUNCTION, FUNCTION + ":*", other, other + ":*"),
                statement(List.of("sqs:SendMessage"), "arn:${AWS::Partition}:sqs:us-east-1:123456789012:q"));
    }

    @Test
    void unmappedCallsGrantNothingAndAreReported() {
        DerivedPolicy policy = derive(spec(
                task("arn:aws:states:::codebuild:startBuildBatch", "{\"ProjectName\": \"p\"}"),
                task("arn:aws:states:::aws-sdk:s3:restoreObject", "{\"Bucket\": \"b\", \"Key\": \"k\"}"),
                TaskResource.of("legacy", "lambda:legacy")).build());
        assertThat(policy.statements()).isEmpty();
        assertThat(policy.warnings()).hasSize(3);
        assertThat(policy.warnings().get(0)).contains("'step'", "IAM mapping has no entry", "arn:aws:states:::codebuild:startBuildBatch",
                "execution role");
        assertThat(policy.warnings().get(1)).contains("IAM mapping has no entry", "aws-sdk:s3:restoreObject");
        assertThat(policy.warnings().get(2)).contains("'legacy'", "no permission rule covers", "lambda:legacy");
    }

    @Test
    void aWholePlaceholderResourceIsTheFunctionArnItHolds() {
        assertThat(statements(TaskResource.of("charge", "${ChargeFunctionArn}"))).containsExactly(
                statement(List.of("lambda:InvokeFunction"), "${ChargeFunctionArn}", "${ChargeFunctionArn}:*"));
    }

    @Nested
    class PlaceholderTargets {
        private static final String NAME_FORM = "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${Charge}";

        @Test
        void aFunctionPlaceholderIsItsArnWhenItHoldsOneElseTheArnOfTheNamedFunction() {
            DerivedPolicy policy = derive(spec(task("arn:aws:states:::lambda:invoke",
                    "{\"FunctionName\": \"${Charge}\", \"Payload.$\": \"$\"}")).build());
            assertThat(policy.statements()).containsExactly(
                    statement(List.of("lambda:InvokeFunction"), NAME_FORM, NAME_FORM + ":*"));
            assertThat(policy.expressions().get(NAME_FORM).toString()).isEqualTo(
                    "{\"Fn::If\":[\"ChargeIsArn\",{\"Fn::Sub\":\"${Charge}\"},{\"Fn::Sub\":\"" + NAME_FORM + "\"}]}");
            assertThat(policy.expressions().get(NAME_FORM + ":*").toString()).contains("${Charge}:*");
            assertThat(policy.conditions().get("ChargeIsArn").toString()).isEqualTo(
                    "{\"Fn::Equals\":[{\"Fn::Select\":[0,{\"Fn::Split\":[\":\",{\"Ref\":\"Charge\"}]}]},\"arn\"]}");
        }

        @Test
        void aTablePlaceholderIsItsArnWhenItHoldsOne() {
            DerivedPolicy policy = derive(spec(task("arn:aws:states:::dynamodb:getItem",
                    "{\"TableName\": \"${Orders}\", \"Key\": {}}")).build());
            assertThat(policy.conditions()).containsOnlyKeys("OrdersIsArn");
            assertThat(policy.expressions().values().iterator().next().toString())
                    .contains("table/${Orders}", "{\"Fn::Sub\":\"${Orders}\"}");
        }

        @Test
        void aQueueUrlPlaceholderIsTakenApartByCloudFormation() {
            DerivedPolicy policy = derive(spec(task("arn:aws:states:::sqs:sendMessage",
                    "{\"QueueUrl\": \"${ReviewQueue}\", \"MessageBody\": \"x\"}")).build());
            assertThat(policy.conditions()).isEmpty();
            assertThat(policy.expressions().values().iterator().next().toString()).isEqualTo(
                    "{\"Fn::Join\":[\"\",[\"arn:\",{\"Ref\":\"AWS::Partition\"},\":sqs:\","
                            + "{\"Fn::Select\":[1,{\"Fn::Split\":[\".\",{\"Fn::Select\":[2,{\"Fn::Split\":[\"/\",{\"Ref\":\"ReviewQueue\"}]}]}]}]},\":\","
                            + "{\"Fn::Select\":[3,{\"Fn::Split\":[\"/\",{\"Ref\":\"ReviewQueue\"}]}]},\":\","
                            + "{\"Fn::Select\":[4,{\"Fn::Split\":[\"/\",{\"Ref\":\"ReviewQueue\"}]}]}]]}");
        }

        @Test
        void aStandInAFallbackAbsorbsTakesItsConditionAlong() {
            DerivedPolicy policy = derive(spec(
                    task("arn:aws:states:::lambda:invoke", "{\"FunctionName\": \"${Charge}\"}"),
                    task("arn:aws:states:::lambda:invoke", "{\"FunctionName.$\": \"$.fn\"}")).build());
            assertThat(policy.conditions()).isEmpty();
            assertThat(policy.expressions()).isEmpty();
        }
    }

    @Test
    void derivationOfTheSampleWorkflowIsStable() {
        DeploymentSpec spec = SampleSpecs.orderProcessing();
        assertThat(derive(spec)).isEqualTo(derive(spec));
        assertThat(derive(spec).statements()).extracting(PolicyStatement::actions).containsExactly(
                List.of("lambda:InvokeFunction"),
                List.of("dynamodb:PutItem", "dynamodb:GetItem"),
                List.of("sqs:SendMessage"),
                IamPolicyDeriver.LOG_DELIVERY_ACTIONS,
                IamPolicyDeriver.XRAY_ACTIONS);
    }

    private List<PolicyStatement> statements(TaskResource... tasks) {
        DerivedPolicy policy = derive(spec(tasks).build());
        assertThat(policy.warnings()).isEmpty();
        return policy.statements();
    }

    private DerivedPolicy derive(DeploymentSpec spec) {
        return deriver.derive(spec);
    }

    private static DeploymentSpec.Builder spec(TaskResource... tasks) {
        DeploymentSpec.Builder builder = DeploymentSpec.builder("com.example.Flow", "Flow",
                SampleSpecs.json("{\"StartAt\": \"a\", \"States\": {\"a\": {\"Type\": \"Succeed\"}}}"));
        for (TaskResource task : tasks) {
            builder.task(task);
        }
        return builder;
    }

    private static TaskResource task(String resource, String parameters) {
        return new TaskResource("step", resource, SampleSpecs.json(parameters));
    }

    private static PolicyStatement statement(List<String> actions, String... resources) {
        return new PolicyStatement(actions, List.of(resources));
    }

}
