package dev.stepwise.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stepwise.processor.Sources.compile;
import static dev.stepwise.processor.Sources.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import dev.stepwise.processor.testing.CfnLint;
import dev.stepwise.processor.testing.CloudFormationSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Templates that deploy the first time: workflows that use placeholders (in a Task's resource, its credentials and
 * as the function, queue, topic, table and bus of integrations), optimized integrations of every family and SDK
 * integrations, compiled by the processor; every CloudFormation and SAM template they produce passes AWS's resource
 * schemas and cfn-lint without a finding.
 */
class DeployableTemplatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final JavaFileObject PLACEHOLDERS = type("Placeholders", """
            @Workflow
            @Logging(level = Logging.Level.ALL)
            @Publish(alias = "live-v2")
            public class Placeholders {
                @Task(resource = "${ChargeFunctionArn}") @ResultPath("$.charge") void charge() {}
                @Task(resource = "arn:aws:lambda:us-east-1:210987654321:function:audit",
                        credentials = "{\\"RoleArn\\": \\"${AuditRoleArn}\\"}")
                @ResultPath("$.audit") void audit() {}
                @Task(resource = "arn:aws:states:::states:startExecution")
                @Parameters("{\\"StateMachineArn\\": \\"${ChildAliasArn}\\", \\"Input.$\\": \\"$\\"}")
                @ResultPath("$.child") void child() {}
                @Task(resource = "arn:aws:states:::lambda:invoke")
                @Parameters("{\\"FunctionName\\": \\"${ScoreFunction}\\", \\"Payload.$\\": \\"$\\"}")
                @ResultPath("$.score") void score() {}
                @Task(resource = "arn:aws:states:::sqs:sendMessage")
                @Parameters("{\\"QueueUrl\\": \\"${ReviewQueueUrl}\\", \\"MessageBody.$\\": \\"$\\"}")
                @ResultPath(value = "$.review") void review() {}
                @Task(resource = "arn:aws:states:::sns:publish")
                @Parameters("{\\"TopicArn\\": \\"${AlertsTopicArn}\\", \\"Message\\": \\"done\\"}")
                @ResultPath("$.alert") void alert() {}
                @Task(resource = "arn:aws:states:::dynamodb:putItem")
                @Parameters("{\\"TableName\\": \\"${OrdersTable}\\", \\"Item\\": {\\"id\\": {\\"S.$\\": \\"$.id\\"}}}")
                @ResultPath("$.stored") void store() {}
                @Task(resource = "arn:aws:states:::events:putEvents")
                @Parameters("{\\"Entries\\": [{\\"EventBusName\\": \\"${BusName}\\", \\"Source\\": \\"orders\\", \\"DetailType\\": \\"done\\", \\"Detail\\": {}}]}")
                @ResultPath("$.event") @End void announce() {}
            }""");

    private static final JavaFileObject OPTIMIZED = type("Optimized", """
            @Workflow
            @Tracing
            @Publish(alias = "live", deployment = Publish.Deployment.CANARY, percentage = 10, intervalMinutes = 5)
            public class Optimized {
                @Task(resource = "arn:aws:states:::lambda:invoke")
                @Parameters("{\\"FunctionName\\": \\"arn:aws:lambda:us-east-1:123456789012:function:score:live\\", \\"Payload.$\\": \\"$\\"}")
                @ResultPath("$.a") void lambda() {}
                @Task(resource = "arn:aws:states:::ecs:runTask.sync")
                @Parameters("{\\"Cluster\\": \\"jobs\\", \\"TaskDefinition\\": \\"report:3\\", \\"LaunchType\\": \\"FARGATE\\"}")
                @ResultPath("$.b") void ecs() {}
                @Task(resource = "arn:aws:states:::glue:startJobRun.sync")
                @Parameters("{\\"JobName\\": \\"nightly-etl\\"}")
                @ResultPath("$.c") void glue() {}
                @Task(resource = "arn:aws:states:::batch:submitJob.sync")
                @Parameters("{\\"JobName\\": \\"render\\", \\"JobDefinition\\": \\"render-def\\", \\"JobQueue\\": \\"render-queue\\"}")
                @ResultPath("$.d") void batch() {}
                @Task(resource = "arn:aws:states:::states:startExecution.sync:2")
                @Parameters("{\\"StateMachineArn\\": \\"arn:aws:states:us-east-1:123456789012:stateMachine:Child\\", \\"Input.$\\": \\"$\\"}")
                @ResultPath("$.e") void child() {}
                @Task(resource = "arn:aws:states:::dynamodb:getItem")
                @Parameters("{\\"TableName\\": \\"Orders\\", \\"Key\\": {\\"id\\": {\\"S.$\\": \\"$.id\\"}}}")
                @ResultPath("$.f") void get() {}
                @Task(resource = "arn:aws:states:::dynamodb:updateItem")
                @Parameters("{\\"TableName\\": \\"Orders\\", \\"Key\\": {\\"id\\": {\\"S.$\\": \\"$.id\\"}}, \\"UpdateExpression\\": \\"SET s = :s\\"}")
                @ResultPath("$.g") void update() {}
                @Task(resource = "arn:aws:states:::sqs:sendMessage.waitForTaskToken")
                @Parameters("{\\"QueueUrl\\": \\"https://sqs.us-east-1.amazonaws.com/123456789012/approvals\\", \\"MessageBody.$\\": \\"$$.Task.Token\\"}")
                @ResultPath("$.h") void approve() {}
                @Task(resource = "arn:aws:states:::athena:startQueryExecution.sync")
                @Parameters("{\\"QueryString\\": \\"SELECT 1\\", \\"WorkGroup\\": \\"reports\\"}")
                @ResultPath("$.i") @End void query() {}
            }""");

    private static final JavaFileObject SDK = type("Sdk", """
            @Workflow
            @Publish(alias = "live", routing = {@Publish.Route(weight = 100)})
            public class Sdk {
                @Task(resource = "arn:aws:states:::aws-sdk:s3:copyObject")
                @Parameters("{\\"Bucket\\": \\"archive\\", \\"Key.$\\": \\"$.key\\", \\"CopySource\\": \\"incoming/today.csv\\"}")
                @ResultPath("$.a") void copy() {}
                @Task(resource = "arn:aws:states:::aws-sdk:s3:putObject")
                @Parameters("{\\"Bucket\\": \\"reports\\", \\"Key\\": \\"daily.json\\", \\"Body.$\\": \\"$\\"}")
                @ResultPath("$.b") void put() {}
                @Task(resource = "arn:aws:states:::aws-sdk:dynamodb:query")
                @Parameters("{\\"TableName\\": \\"Orders\\", \\"KeyConditionExpression\\": \\"id = :id\\"}")
                @ResultPath("$.c") void query() {}
                @Task(resource = "arn:aws:states:::aws-sdk:sfn:startExecution")
                @Parameters("{\\"StateMachineArn\\": \\"arn:aws:states:us-east-1:123456789012:stateMachine:Child\\"}")
                @ResultPath("$.d") void start() {}
                @Task(resource = "arn:aws:states:::aws-sdk:ec2:describeInstances")
                @ResultPath("$.e") void describe() {}
                @Task(resource = "arn:aws:states:::aws-sdk:eventbridge:putEvents")
                @Parameters("{\\"Entries\\": [{\\"Source\\": \\"reports\\", \\"DetailType\\": \\"done\\", \\"Detail\\": \\"{}\\"}]}")
                @ResultPath("$.f") @End void announce() {}
            }""");

    private static final JavaFileObject ALERTS = type("Alerts", """
            @Workflow
            @OnStatusChange(statuses = {OnStatusChange.Status.FAILED, OnStatusChange.Status.TIMED_OUT},
                    target = "arn:aws:sns:us-east-1:123456789012:alerts")
            @OnStatusChange(statuses = OnStatusChange.Status.SUCCEEDED, target = "arn:aws:sqs:us-east-1:123456789012:done")
            @OnStatusChange(statuses = OnStatusChange.Status.ABORTED, target = "arn:aws:lambda:us-east-1:123456789012:function:cleanup")
            @OnStatusChange(statuses = OnStatusChange.Status.FAILED, target = "arn:aws:states:us-east-1:123456789012:stateMachine:Triage")
            @OnStatusChange(statuses = OnStatusChange.Status.FAILED,
                    target = "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:failures")
            @OnStatusChange(statuses = OnStatusChange.Status.FAILED,
                    target = "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:page")
            public class Alerts {
                @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:work") @End void work() {}
            }""");

    private static final JavaFileObject FAN_OUT = type("FanOut", """
            @Workflow
            public class FanOut {
                @Map(processor = Item.class, mode = Map.Mode.DISTRIBUTED, items = "$.items")
                @ResultPath("$.done") void each() {}

                @Map(processor = Row.class, mode = Map.Mode.DISTRIBUTED, executionType = Map.ExecutionType.EXPRESS,
                        label = "rows")
                @ItemReader(parameters = "{\\"Bucket\\": \\"orders-in\\", \\"Key\\": \\"2026/orders.csv\\"}",
                        inputType = ItemReader.InputType.CSV, csvHeaderLocation = ItemReader.CsvHeaderLocation.FIRST_ROW)
                @ItemBatcher(maxItemsPerBatch = 10)
                @ResultWriter(parameters = "{\\"Bucket\\": \\"${ResultsBucket}\\", \\"Prefix\\": \\"runs/\\"}")
                @ResultPath("$.export") void rows() {}

                @Map(processor = Listed.class, mode = Map.Mode.DISTRIBUTED)
                @ItemReader(resource = "arn:aws:states:::s3:listObjectsV2",
                        parameters = "{\\"Bucket\\": \\"archive\\", \\"Prefix\\": \\"2026/\\"}")
                @ResultPath("$.listed") @End void objects() {}

                @Flow
                public static class Item {
                    @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:work") @End void work() {}
                }

                @Flow
                public static class Row {
                    @Pass @End void row() {}
                }

                @Flow
                public static class Listed {
                    @Pass @End void listed() {}
                }
            }""");

    private static final JavaFileObject HTTP = type("Http", """
            @Workflow
            public class Http {
                @Task(resource = "arn:aws:states:::http:invoke")
                @Parameters("{\\"ApiEndpoint\\": \\"https://api.example.com/orders\\", \\"Method\\": \\"POST\\", \\"Authentication\\": {\\"ConnectionArn\\": \\"arn:aws:events:us-east-1:123456789012:connection/orders/0a1b\\"}}")
                @ResultPath("$.order") void order() {}
                @Task(resource = "arn:aws:states:::http:invoke")
                @Parameters("{\\"ApiEndpoint\\": \\"https://api.example.com/ship\\", \\"Method\\": \\"POST\\", \\"Authentication\\": {\\"ConnectionArn\\": \\"${ShippingConnectionArn}\\"}}")
                @ResultPath("$.ship") @End void ship() {}
            }""");

    /** The optimized integrations AWS's guide gives IAM policies for beyond the first families, one task each. */
    private static final JavaFileObject SERVICES = type("Services", """
            @Workflow
            public class Services {
                @Task(resource = "arn:aws:states:::apigateway:invoke")
                @Parameters("{\\"ApiEndpoint\\": \\"a1b2c3.execute-api.us-east-1.amazonaws.com\\", \\"Method\\": \\"POST\\", \\"Stage\\": \\"prod\\", \\"Path\\": \\"bills\\", \\"AuthType\\": \\"IAM_ROLE\\"}")
                @ResultPath("$.a") void bill() {}
                @Task(resource = "arn:aws:states:::codebuild:startBuild.sync")
                @Parameters("{\\"ProjectName\\": \\"site\\"}")
                @ResultPath("$.b") void build() {}
                @Task(resource = "arn:aws:states:::sagemaker:createTrainingJob.sync")
                @Parameters("{\\"TrainingJobName.$\\": \\"$$.Execution.Name\\", \\"RoleArn\\": \\"${TrainingRoleArn}\\", \\"AlgorithmSpecification\\": {}, \\"OutputDataConfig\\": {}, \\"ResourceConfig\\": {}, \\"StoppingCondition\\": {}}")
                @ResultPath("$.c") void train() {}
                @Task(resource = "arn:aws:states:::elasticmapreduce:createCluster.sync")
                @Parameters("{\\"Name\\": \\"nightly\\", \\"ServiceRole\\": \\"EMR_DefaultRole\\", \\"JobFlowRole\\": \\"EMR_EC2_DefaultRole\\", \\"Instances\\": {}}")
                @ResultPath("$.d") void cluster() {}
                @Task(resource = "arn:aws:states:::emr-containers:startJobRun.sync")
                @Parameters("{\\"VirtualClusterId\\": \\"vc1\\", \\"ExecutionRoleArn\\": \\"arn:aws:iam::123456789012:role/job\\", \\"ReleaseLabel\\": \\"emr-6.2.0-latest\\", \\"JobDriver\\": {}}")
                @ResultPath("$.e") void spark() {}
                @Task(resource = "arn:aws:states:::eks:createCluster.sync")
                @Parameters("{\\"Name\\": \\"jobs\\", \\"RoleArn\\": \\"arn:aws:iam::123456789012:role/eks\\", \\"ResourcesVpcConfig\\": {}}")
                @ResultPath("$.f") void eks() {}
                @Task(resource = "arn:aws:states:::databrew:startJobRun.sync")
                @Parameters("{\\"Name\\": \\"clean\\"}")
                @ResultPath("$.g") void clean() {}
                @Task(resource = "arn:aws:states:::bedrock:invokeModel")
                @Parameters("{\\"ModelId\\": \\"amazon.titan-text-express-v1\\", \\"Body\\": {}}")
                @ResultPath("$.h") @End void summarize() {}
            }""");

    /** A JSONata workflow that computes its numbers, which cfn-lint's definition schema types as numbers. */
    private static final JavaFileObject COMPUTED = type("Computed", """
            @Workflow(queryLanguage = QueryLanguage.JSONATA)
            public class Computed {
                @Wait(secondsPath = "$states.input.pause") void pause() {}
                @Task(resource = "arn:aws:lambda:us-east-1:123456789012:function:work", timeoutSecondsPath = "$states.input.limit")
                void work() {}
                @Map(processor = Each.class, maxConcurrencyPath = "$states.input.width") @End void each() {}
                @Flow
                public static class Each {
                    @Pass @End void item() {}
                }
            }""");

    private static Compilation compilation;

    @BeforeAll
    static void compileWorkflows() {
        compilation = compile(PLACEHOLDERS, OPTIMIZED, SDK, ALERTS, FAN_OUT, HTTP, SERVICES, COMPUTED);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void cfnLintFindsNothingInAnyTemplate() {
        assertThat(CfnLint.require().findings(templates())).isEmpty();
    }

    /** cfn-lint 1.51 types these fields as numbers; the template says to skip that one check, only where needed. */
    @Test
    void onlyADefinitionThatComputesItsNumbersSkipsCfnLintsDefinitionCheck() {
        for (String suffix : new String[] {".template.json", ".sam.json"}) {
            assertThat(parse(templates().get("test.Computed" + suffix)).at("/Resources/ComputedStateMachine/Metadata"))
                    .isEqualTo(parse("{\"cfn-lint\": {\"config\": {\"ignore_checks\": [\"E3601\"]}}}"));
            assertThat(parse(templates().get("test.FanOut" + suffix)).at("/Resources/FanOutStateMachine").has("Metadata"))
                    .isFalse();
        }
    }

    @Test
    void everyResourceValidatesAgainstAwsSchemas() {
        CloudFormationSchemas schemas = CloudFormationSchemas.load();
        templates().forEach((name, text) -> assertThat(schemas.problems(parse(text))).as(name).isEmpty());
    }

    @Test
    void aPlaceholderResourceIsGrantedAsTheFunctionArnItHolds() {
        String policy = parse(templates().get("test.Placeholders.template.json"))
                .at("/Resources/PlaceholdersRole/Properties/Policies/0/PolicyDocument").toString();
        assertThat(policy).contains("{\"Fn::Sub\":\"${ChargeFunctionArn}\"}", "{\"Fn::Sub\":\"${ChargeFunctionArn}:*\"}",
                "{\"Fn::If\":[\"ScoreFunctionIsArn\",{\"Fn::Sub\":\"${ScoreFunction}\"}",
                "{\"Fn::If\":[\"OrdersTableIsArn\"", "{\"Fn::If\":[\"BusNameIsArn\"", "{\"Ref\":\"ReviewQueueUrl\"}");
    }

    @Test
    void statusChangesGoToEachTargetWithThePermissionItNeeds() {
        ObjectNode template = parse(templates().get("test.Alerts.template.json"));
        JsonNode rule = template.at("/Resources/AlertsStatusRule1/Properties");
        assertThat(rule.at("/EventPattern").toString()).isEqualTo("{\"source\":[\"aws.states\"],"
                + "\"detail-type\":[\"Step Functions Execution Status Change\"],"
                + "\"detail\":{\"status\":[\"FAILED\",\"TIMED_OUT\"],\"stateMachineArn\":[{\"Ref\":\"AlertsStateMachine\"}]}}");
        assertThat(rule.at("/Targets/0/Arn").asText()).isEqualTo("arn:aws:sns:us-east-1:123456789012:alerts");
        assertThat(template.at("/Resources/AlertsStatusRule1Permission/Type").asText()).isEqualTo("AWS::SNS::TopicPolicy");
        assertThat(template.at("/Resources/AlertsStatusRule2Permission/Type").asText()).isEqualTo("AWS::SQS::QueuePolicy");
        assertThat(template.at("/Resources/AlertsStatusRule3Permission/Type").asText()).isEqualTo("AWS::Lambda::Permission");
        assertThat(template.at("/Resources/AlertsStatusRule4/Properties/Targets/0/RoleArn"))
                .isEqualTo(parse("{\"Fn::GetAtt\": [\"AlertsStatusRule4Role\", \"Arn\"]}"));
        JsonNode substituted = parse("{\"Fn::Sub\": \"arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:failures\"}");
        assertThat(template.at("/Resources/AlertsStatusRule5/Properties/Targets/0/Arn")).isEqualTo(substituted);
        assertThat(template.at("/Resources/AlertsStatusRule5Permission/Properties/PolicyDocument/Statement/0/Resource"))
                .isEqualTo(substituted);
        assertThat(template.at("/Resources/AlertsStatusRule5Permission/Properties/Queues/0"))
                .isEqualTo(parse("{\"Fn::Sub\": \"https://sqs.${AWS::Region}.${AWS::URLSuffix}/${AWS::AccountId}/failures\"}"));
        assertThat(template.at("/Resources/AlertsStatusRule6Permission/Properties/FunctionName")).isEqualTo(
                parse("{\"Fn::Sub\": \"arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:page\"}"));
        assertThat(parse(templates().get("test.Alerts.sam.json")).at("/Resources/AlertsStatusRule1/Type").asText())
                .isEqualTo("AWS::Events::Rule");
    }

    @Test
    void aDistributedMapMayStartWatchAndStopItsOwnChildExecutions() {
        for (String suffix : new String[] {".template.json", ".sam.json"}) {
            String policy = parse(templates().get("test.FanOut" + suffix)).at(suffix.equals(".sam.json")
                    ? "/Resources/FanOutStateMachine/Properties/Policies/0"
                    : "/Resources/FanOutRole/Properties/Policies/0/PolicyDocument").toString();
            assertThat(policy).as(suffix).contains("{\"Effect\":\"Allow\",\"Action\":[\"states:StartExecution\"],"
                    + "\"Resource\":[{\"Fn::Sub\":\"arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}"
                    + ":stateMachine:${FanOutStateMachineName}\"}]}", "{\"Effect\":\"Allow\",\"Action\":"
                    + "[\"states:DescribeExecution\",\"states:StopExecution\"],\"Resource\":[{\"Fn::Sub\":"
                    + "\"arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${FanOutStateMachineName}/*\"}]}");
        }
    }

    /**
     * AWS's "IAM policies for using Distributed Map states" (and AWS CDK's DistributedMap): the reader's object or
     * listed bucket, the writer's prefix with the multipart upload actions.
     */
    @Test
    void aDistributedMapMayReadItsItemsFromS3AndWriteItsResultsThere() {
        for (String suffix : new String[] {".template.json", ".sam.json"}) {
            String policy = parse(templates().get("test.FanOut" + suffix)).at(suffix.equals(".sam.json")
                    ? "/Resources/FanOutStateMachine/Properties/Policies/0"
                    : "/Resources/FanOutRole/Properties/Policies/0/PolicyDocument").toString();
            assertThat(policy).as(suffix).contains("{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\"],\"Resource\":"
                    + "[{\"Fn::Sub\":\"arn:${AWS::Partition}:s3:::orders-in/2026/orders.csv\"}]}",
                    "{\"Effect\":\"Allow\",\"Action\":[\"s3:ListBucket\"],\"Resource\":"
                    + "[{\"Fn::Sub\":\"arn:${AWS::Partition}:s3:::archive\"}]}",
                    "{\"Effect\":\"Allow\",\"Action\":[\"s3:PutObject\",\"s3:GetObject\",\"s3:ListMultipartUploadParts\","
                    + "\"s3:AbortMultipartUpload\"],\"Resource\":[{\"Fn::Sub\":\"arn:${AWS::Partition}:s3:::${ResultsBucket}/runs/*\"}]}");
        }
        assertThat(parse(templates().get("test.FanOut.template.json")).at("/Parameters/ResultsBucket/Type").asText())
                .isEqualTo("String");
    }

    @Test
    void anHttpTaskMayInvokeTheEndpointWithItsConnectionsCredentials() {
        String policy = parse(templates().get("test.Http.template.json"))
                .at("/Resources/HttpRole/Properties/Policies/0/PolicyDocument").toString();
        assertThat(policy).contains("{\"Effect\":\"Allow\",\"Action\":[\"states:InvokeHTTPEndpoint\"],"
                + "\"Resource\":[{\"Fn::Sub\":\"arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}"
                + ":stateMachine:${HttpStateMachineName}\"}]}",
                "{\"Effect\":\"Allow\",\"Action\":[\"events:RetrieveConnectionCredentials\"],\"Resource\":"
                + "[\"arn:aws:events:us-east-1:123456789012:connection/orders/0a1b\",{\"Fn::Sub\":\"${ShippingConnectionArn}\"}]}",
                "{\"Effect\":\"Allow\",\"Action\":[\"secretsmanager:DescribeSecret\",\"secretsmanager:GetSecretValue\"],"
                + "\"Resource\":[{\"Fn::Sub\":\"arn:${AWS::Partition}:secretsmanager:*:*:secret:events!connection/*\"}]}");
    }

    @Test
    void aRolePassedToAServiceIsGrantedOnlyForThatService() {
        for (String suffix : new String[] {".template.json", ".sam.json"}) {
            String policy = parse(templates().get("test.Services" + suffix)).at(suffix.equals(".sam.json")
                    ? "/Resources/ServicesStateMachine/Properties/Policies/0"
                    : "/Resources/ServicesRole/Properties/Policies/0/PolicyDocument").toString();
            assertThat(policy).as(suffix).contains("{\"Effect\":\"Allow\",\"Action\":[\"iam:PassRole\"],\"Resource\":"
                    + "[{\"Fn::If\":[\"TrainingRoleArnIsArn\",{\"Fn::Sub\":\"${TrainingRoleArn}\"},{\"Fn::Sub\":"
                    + "\"arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${TrainingRoleArn}\"}]}],"
                    + "\"Condition\":{\"StringEquals\":{\"iam:PassedToService\":[\"sagemaker.amazonaws.com\"]}}}",
                    "{\"Effect\":\"Allow\",\"Action\":[\"emr-containers:StartJobRun\"],\"Resource\":[{\"Fn::Sub\":"
                    + "\"arn:${AWS::Partition}:emr-containers:${AWS::Region}:${AWS::AccountId}:/virtualclusters/vc1\"}],"
                    + "\"Condition\":{\"StringEquals\":{\"emr-containers:ExecutionRoleArn\":[\"arn:aws:iam::123456789012:role/job\"]}}}",
                    "{\"Effect\":\"Allow\",\"Action\":[\"execute-api:Invoke\"],\"Resource\":[{\"Fn::Sub\":"
                    + "\"arn:${AWS::Partition}:execute-api:us-east-1:${AWS::AccountId}:a1b2c3/prod/POST/bills\"}]}");
        }
    }

    private static Map<String, String> templates() {
        Map<String, String> templates = new TreeMap<>();
        for (String workflow : new String[] {"Placeholders", "Optimized", "Sdk", "Alerts", "FanOut", "Http", "Services",
            "Computed"}) {
            for (String suffix : new String[] {".template.json", ".sam.json"}) {
                try {
                    String name = "test." + workflow + suffix;
                    templates.put(name, GenerationTest.asl(compilation, "META-INF/stepwise/" + name));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return templates;
    }

    private static ObjectNode parse(String text) {
        try {
            JsonNode tree = JSON.readTree(text);
            return (ObjectNode) tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
