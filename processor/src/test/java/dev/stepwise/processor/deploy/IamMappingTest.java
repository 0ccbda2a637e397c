package dev.stepwise.processor.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The IAM derivation table: one row per integration the samples and the processor's tests call, and per family of
 * optimized and SDK integrations, each row's grants as AWS documents them (Service Authorization Reference, the
 * Step Functions guide's IAM pages, iann0036/iam-dataset's SDK mapping: see iam-actions.json).
 */
class IamMappingTest {

    private static final String STACK = "${AWS::Region}:${AWS::AccountId}";
    /** What running an Athena query reaches besides Athena, as the guide's athena-iam page grants it. */
    private static final String ATHENA_QUERY_DATA = "athena:GetDataCatalog arn:${AWS::Partition}:athena:" + STACK
            + ":datacatalog/*; s3:GetBucketLocation s3:GetObject s3:ListBucket s3:ListBucketMultipartUploads"
            + " s3:ListMultipartUploadParts s3:AbortMultipartUpload s3:CreateBucket s3:PutObject arn:${AWS::Partition}:s3:::*;"
            + " glue:CreateDatabase glue:GetDatabase glue:GetDatabases glue:UpdateDatabase glue:DeleteDatabase"
            + " glue:CreateTable glue:UpdateTable glue:GetTable glue:GetTables glue:DeleteTable glue:BatchDeleteTable"
            + " glue:BatchCreatePartition glue:CreatePartition glue:UpdatePartition glue:GetPartition glue:GetPartitions"
            + " glue:BatchGetPartition glue:DeletePartition glue:BatchDeletePartition"
            + " arn:${AWS::Partition}:glue:" + STACK + ":catalog arn:${AWS::Partition}:glue:" + STACK + ":database/*"
            + " arn:${AWS::Partition}:glue:" + STACK + ":table/* arn:${AWS::Partition}:glue:" + STACK
            + ":userDefinedFunction/*; lakeformation:GetDataAccess *";
    private static final Pattern IAM_ACTION = Pattern.compile("[a-z0-9-]+:[A-Z][A-Za-z0-9]+");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            arn:aws:states:::aws-sdk:s3:getObject | {"Bucket": "b", "Key": "k"} | s3:GetObject arn:${AWS::Partition}:s3:::b/k
            arn:aws:states:::aws-sdk:s3:putObject | {"Bucket": "b", "Key": "k", "Body": "x"} | s3:PutObject arn:${AWS::Partition}:s3:::b/k
            arn:aws:states:::aws-sdk:s3:putObject | {"Bucket": "b", "Key": "k", "Tagging": "a=1", "ACL": "private"} | s3:PutObject s3:PutObjectTagging s3:PutObjectAcl arn:${AWS::Partition}:s3:::b/k
            arn:aws:states:::aws-sdk:s3:copyObject | {"Bucket": "to", "Key": "k2", "CopySource": "from/k1"} | s3:GetObject s3:GetObjectTagging arn:${AWS::Partition}:s3:::from/k1; s3:PutObject s3:PutObjectTagging arn:${AWS::Partition}:s3:::to/k2
            arn:aws:states:::aws-sdk:s3:listObjectsV2 | {"Bucket": "b"} | s3:ListBucket arn:${AWS::Partition}:s3:::b
            arn:aws:states:::aws-sdk:s3:headObject | {"Bucket": "b", "Key": "k"} | s3:GetObject arn:${AWS::Partition}:s3:::b/k
            arn:aws:states:::aws-sdk:s3:deleteObjects | {"Bucket": "b", "Delete": {}} | s3:DeleteObject arn:${AWS::Partition}:s3:::b/*
            arn:aws:states:::s3:getObject | {"Bucket": "b", "Key": "k"} | -
            arn:aws:states:::aws-sdk:dynamodb:query | {"TableName": "T"} | dynamodb:Query arn:${AWS::Partition}:dynamodb:%1$s:table/T arn:${AWS::Partition}:dynamodb:%1$s:table/T/index/*
            arn:aws:states:::aws-sdk:dynamodb:batchWriteItem | {"RequestItems": {"A": [], "B": []}} | dynamodb:BatchWriteItem arn:${AWS::Partition}:dynamodb:%1$s:table/A arn:${AWS::Partition}:dynamodb:%1$s:table/B
            arn:aws:states:::aws-sdk:dynamodb:transactWriteItems | {"TransactItems": [{"Put": {"TableName": "A"}}]} | dynamodb:ConditionCheckItem dynamodb:PutItem dynamodb:UpdateItem dynamodb:DeleteItem arn:${AWS::Partition}:dynamodb:%1$s:table/A
            arn:aws:states:::aws-sdk:sfn:startExecution | {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:C"} | states:StartExecution arn:aws:states:us-east-1:123456789012:stateMachine:C
            arn:aws:states:::aws-sdk:sfn:describeExecution | {"ExecutionArn": "arn:aws:states:us-east-1:123456789012:execution:C:1"} | states:DescribeExecution arn:aws:states:us-east-1:123456789012:execution:C:1
            arn:aws:states:::aws-sdk:sqs:sendMessageBatch | {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q", "Entries": []} | sqs:SendMessage arn:${AWS::Partition}:sqs:us-east-1:123456789012:q
            arn:aws:states:::aws-sdk:sns:publish | {"TopicArn": "arn:aws:sns:us-east-1:123456789012:t", "Message": "m"} | sns:Publish arn:aws:sns:us-east-1:123456789012:t
            arn:aws:states:::aws-sdk:lambda:invoke | {"FunctionName": "f"} | lambda:InvokeFunction arn:${AWS::Partition}:lambda:%1$s:function:f arn:${AWS::Partition}:lambda:%1$s:function:f:*
            arn:aws:states:::aws-sdk:eventbridge:putEvents | {"Entries": [{"EventBusName": "bus"}]} | events:PutEvents arn:${AWS::Partition}:events:%1$s:event-bus/bus
            arn:aws:states:::aws-sdk:ec2:describeInstances | {} | ec2:DescribeInstances *
            arn:aws:states:::aws-sdk:ec2:stopInstances | {"InstanceIds": ["i-1"]} | ec2:StopInstances arn:${AWS::Partition}:ec2:%1$s:instance/i-1
            arn:aws:states:::aws-sdk:glue:startJobRun | {"JobName": "etl"} | glue:StartJobRun arn:${AWS::Partition}:glue:%1$s:job/etl
            arn:aws:states:::aws-sdk:athena:startQueryExecution | {"QueryString": "q", "WorkGroup": "wg"} | athena:StartQueryExecution arn:${AWS::Partition}:athena:%1$s:workgroup/wg; %2$s
            arn:aws:states:::aws-sdk:athena:getQueryResults | {"QueryExecutionId": "id"} | athena:GetQueryResults arn:${AWS::Partition}:athena:%1$s:workgroup/*; s3:GetObject arn:${AWS::Partition}:s3:::*
            arn:aws:states:::lambda:invoke | {"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:f:live"} | lambda:InvokeFunction arn:aws:lambda:us-east-1:123456789012:function:f arn:aws:lambda:us-east-1:123456789012:function:f:*
            arn:aws:states:::sqs:sendMessage | {"QueueUrl": "https://sqs.eu-west-1.amazonaws.com/123456789012/q", "MessageBody": "m"} | sqs:SendMessage arn:${AWS::Partition}:sqs:eu-west-1:123456789012:q
            arn:aws:states:::sns:publish | {"PhoneNumber": "+15555550100", "Message": "m"} | sns:Publish *
            arn:aws:states:::dynamodb:updateItem | {"TableName": "T", "Key": {}} | dynamodb:UpdateItem arn:${AWS::Partition}:dynamodb:%1$s:table/T
            arn:aws:states:::dynamodb:deleteItem | {"TableName": "T", "Key": {}} | dynamodb:DeleteItem arn:${AWS::Partition}:dynamodb:%1$s:table/T
            arn:aws:states:::events:putEvents | {"Entries": [{"Source": "s"}]} | events:PutEvents arn:${AWS::Partition}:events:%1$s:event-bus/default
            arn:aws:states:::states:startExecution.sync:2 | {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:C"} | states:StartExecution arn:aws:states:us-east-1:123456789012:stateMachine:C; states:DescribeExecution states:StopExecution arn:aws:states:us-east-1:123456789012:execution:C:*; events:PutTargets events:PutRule events:DescribeRule arn:${AWS::Partition}:events:%1$s:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule
            arn:aws:states:::glue:startJobRun | {"JobName": "etl"} | glue:StartJobRun arn:${AWS::Partition}:glue:%1$s:job/etl
            arn:aws:states:::glue:startJobRun.sync | {"JobName": "etl"} | glue:StartJobRun glue:GetJobRun glue:GetJobRuns glue:BatchStopJobRun arn:${AWS::Partition}:glue:%1$s:job/etl
            arn:aws:states:::batch:submitJob.sync | {"JobName": "j", "JobDefinition": "def", "JobQueue": "q"} | batch:SubmitJob arn:${AWS::Partition}:batch:%1$s:job-definition/def:* arn:${AWS::Partition}:batch:%1$s:job-queue/q; batch:DescribeJobs batch:TerminateJob *; events:PutTargets events:PutRule events:DescribeRule arn:${AWS::Partition}:events:%1$s:rule/StepFunctionsGetEventsForBatchJobsRule
            arn:aws:states:::ecs:runTask.sync | {"TaskDefinition": "web:3"} | ecs:RunTask arn:${AWS::Partition}:ecs:%1$s:task-definition/web:3; ecs:StopTask ecs:DescribeTasks *; iam:PassRole *; events:PutTargets events:PutRule events:DescribeRule arn:${AWS::Partition}:events:%1$s:rule/StepFunctionsGetEventsForECSTaskRule
            arn:aws:states:::athena:startQueryExecution.sync | {"QueryString": "q"} | athena:StartQueryExecution athena:GetQueryExecution athena:StopQueryExecution arn:${AWS::Partition}:athena:%1$s:workgroup/*; %2$s
            arn:aws:states:::athena:startQueryExecution | {"QueryString": "q", "WorkGroup": "wg"} | athena:StartQueryExecution arn:${AWS::Partition}:athena:%1$s:workgroup/wg; %2$s
            arn:aws:states:::athena:stopQueryExecution | {"QueryExecutionId": "id"} | athena:StopQueryExecution arn:${AWS::Partition}:athena:%1$s:workgroup/*
            arn:aws:states:::athena:getQueryResults | {"QueryExecutionId": "id"} | athena:GetQueryResults arn:${AWS::Partition}:athena:%1$s:workgroup/*; s3:GetObject arn:${AWS::Partition}:s3:::*
            """)
    void eachIntegrationIsGrantedWhatAwsDocuments(String resource, String arguments, String expected) {
        DeploymentSpec spec = DeploymentSpec.builder("com.example.Flow", "Flow",
                        SampleSpecs.json("{\"StartAt\": \"a\", \"States\": {\"a\": {\"Type\": \"Succeed\"}}}"))
                .task(new TaskResource("call", resource, SampleSpecs.json(arguments)))
                .build();
        DerivedPolicy policy = new IamPolicyDeriver().derive(spec);
        if (expected.equals("-")) {
            assertThat(policy.statements()).isEmpty();
            assertThat(policy.warnings()).singleElement().asString().contains("IAM mapping has no entry");
            return;
        }
        assertThat(policy.warnings()).isEmpty();
        assertThat(render(policy.statements())).isEqualTo(expected.formatted(STACK, ATHENA_QUERY_DATA));
    }

    @Test
    void everyActionInTheMappingIsSpelledAsIamSpellsActions() {
        IamMapping mapping = IamMapping.instance();
        List<String> malformed = new ArrayList<>();
        for (String key : mapping.keys()) {
            String[] parts = key.startsWith("sdk:") ? key.substring(4).split(":") : key.split("[:.]");
            var grants = key.startsWith("sdk:") ? mapping.sdk(parts[0], parts[1])
                    : mapping.optimized(parts[0], parts[1], mode(key));
            assertThat(grants).as(key).isPresent();
            grants.get().forEach(grant -> grant.actions().stream()
                    .filter(action -> !IAM_ACTION.matcher(action).matches())
                    .forEach(action -> malformed.add(key + ": " + action)));
        }
        assertThat(malformed).isEmpty();
    }

    private static TaskResourceArn.Mode mode(String key) {
        return key.endsWith(".sync:2") ? TaskResourceArn.Mode.SYNC_V2
                : key.endsWith(".sync") ? TaskResourceArn.Mode.SYNC : TaskResourceArn.Mode.REQUEST_RESPONSE;
    }

    /** "action action resource resource; ..." per statement. */
    private static String render(List<PolicyStatement> statements) {
        List<String> rendered = new ArrayList<>();
        statements.forEach(statement -> rendered.add(String.join(" ", statement.actions()) + " "
                + String.join(" ", statement.resources())));
        return String.join("; ", rendered);
    }
}
