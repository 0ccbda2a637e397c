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
            arn:aws:states:::aws-sdk:s3:getObject | {"Bucket": "b", "Key": "k", "VersionId": "v1"} | s3:GetObject s3:GetObjectVersion arn:${AWS::Partition}:s3:::b/k
            arn:aws:states:::aws-sdk:s3:headObject | {"Bucket": "b", "Key": "k", "VersionId.$": "$.version"} | s3:GetObject s3:GetObjectVersion arn:${AWS::Partition}:s3:::b/k
            arn:aws:states:::aws-sdk:s3:getObjectTagging | {"Bucket": "b", "Key": "k", "VersionId": "v1"} | s3:GetObjectTagging s3:GetObjectVersionTagging arn:${AWS::Partition}:s3:::b/k
            arn:aws:states:::aws-sdk:s3:putObjectTagging | {"Bucket": "b", "Key": "k", "VersionId": "v1", "Tagging": {}} | s3:PutObjectTagging s3:PutObjectVersionTagging arn:${AWS::Partition}:s3:::b/k
            arn:aws:states:::aws-sdk:s3:deleteObject | {"Bucket": "b", "Key": "k", "VersionId": "v1"} | s3:DeleteObject s3:DeleteObjectVersion arn:${AWS::Partition}:s3:::b/k
            arn:aws:states:::aws-sdk:s3:deleteObject | {"Bucket": "b", "Key": "k"} | s3:DeleteObject arn:${AWS::Partition}:s3:::b/k
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
            arn:aws:states:::ecs:runTask | {"TaskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web"} | ecs:RunTask arn:aws:ecs:us-east-1:123456789012:task-definition/web:*; iam:PassRole * if StringLike iam:PassedToService=ecs-tasks.amazonaws.com
            arn:aws:states:::ecs:runTask | {"TaskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:7"} | ecs:RunTask arn:aws:ecs:us-east-1:123456789012:task-definition/web:7; iam:PassRole * if StringLike iam:PassedToService=ecs-tasks.amazonaws.com
            arn:aws:states:::batch:submitJob | {"JobName": "j", "JobDefinition": "arn:aws:batch:us-east-1:123456789012:job-definition/render", "JobQueue": "arn:aws:batch:us-east-1:123456789012:job-queue/q"} | batch:SubmitJob arn:aws:batch:us-east-1:123456789012:job-definition/render:* arn:aws:batch:us-east-1:123456789012:job-queue/q
            arn:aws:states:::ecs:runTask | {"TaskDefinition": "${TaskDef}"} | ecs:RunTask arn:${AWS::Partition}:ecs:%1$s:task-definition/*; iam:PassRole * if StringLike iam:PassedToService=ecs-tasks.amazonaws.com
            arn:aws:states:::batch:submitJob | {"JobName": "j", "JobDefinition": "${JobDef}", "JobQueue": "q"} | batch:SubmitJob arn:${AWS::Partition}:batch:%1$s:job-definition/* arn:${AWS::Partition}:batch:%1$s:job-queue/q
            arn:aws:states:::ecs:runTask.sync | {"TaskDefinition": "web:3"} | ecs:RunTask arn:${AWS::Partition}:ecs:%1$s:task-definition/web:3; ecs:StopTask ecs:DescribeTasks *; iam:PassRole * if StringLike iam:PassedToService=ecs-tasks.amazonaws.com; events:PutTargets events:PutRule events:DescribeRule arn:${AWS::Partition}:events:%1$s:rule/StepFunctionsGetEventsForECSTaskRule
            arn:aws:states:::athena:startQueryExecution.sync | {"QueryString": "q"} | athena:StartQueryExecution athena:GetQueryExecution athena:StopQueryExecution arn:${AWS::Partition}:athena:%1$s:workgroup/*; %2$s
            arn:aws:states:::athena:startQueryExecution | {"QueryString": "q", "WorkGroup": "wg"} | athena:StartQueryExecution arn:${AWS::Partition}:athena:%1$s:workgroup/wg; %2$s
            arn:aws:states:::athena:stopQueryExecution | {"QueryExecutionId": "id"} | athena:StopQueryExecution arn:${AWS::Partition}:athena:%1$s:workgroup/*
            arn:aws:states:::athena:getQueryResults | {"QueryExecutionId": "id"} | athena:GetQueryResults arn:${AWS::Partition}:athena:%1$s:workgroup/*; s3:GetObject arn:${AWS::Partition}:s3:::*
            arn:aws:states:::aws-sdk:sqs:getQueueUrl | {"QueueName": "q"} | sqs:GetQueueUrl arn:${AWS::Partition}:sqs:%1$s:q
            arn:aws:states:::apigateway:invoke | {"ApiEndpoint": "a1b2c3.execute-api.eu-west-1.amazonaws.com", "Method": "POST", "Stage": "prod", "Path": "/bills/add"} | execute-api:Invoke arn:${AWS::Partition}:execute-api:eu-west-1:${AWS::AccountId}:a1b2c3/prod/POST/bills/add
            arn:aws:states:::apigateway:invoke.waitForTaskToken | {"ApiEndpoint": "a1b2c3.execute-api.eu-west-1.amazonaws.com", "Method": "GET", "Stage": "prod", "Path.$": "$.path"} | execute-api:Invoke arn:${AWS::Partition}:execute-api:eu-west-1:${AWS::AccountId}:a1b2c3/prod/GET/*
            arn:aws:states:::apigateway:invoke | {"ApiEndpoint": "api.example.com", "Method": "GET"} | execute-api:Invoke arn:${AWS::Partition}:execute-api:%1$s:*/*/GET/*
            arn:aws:states:::codebuild:startBuild | {"ProjectName": "site"} | codebuild:StartBuild arn:${AWS::Partition}:codebuild:%1$s:project/site
            arn:aws:states:::codebuild:startBuild.sync | {"ProjectName": "site"} | codebuild:StartBuild codebuild:StopBuild codebuild:BatchGetBuilds arn:${AWS::Partition}:codebuild:%1$s:project/site; events:PutTargets events:PutRule events:DescribeRule arn:${AWS::Partition}:events:%1$s:rule/StepFunctionsGetEventForCodeBuildStartBuildRule
            arn:aws:states:::codebuild:stopBuild | {"Id": "site:0a1b"} | codebuild:StopBuild arn:${AWS::Partition}:codebuild:%1$s:project/*
            arn:aws:states:::codebuild:batchGetReports | {"ReportArns": []} | codebuild:BatchGetReports arn:${AWS::Partition}:codebuild:%1$s:report-group/*
            arn:aws:states:::databrew:startJobRun.sync | {"Name": "clean"} | databrew:StartJobRun databrew:ListJobRuns databrew:StopJobRun arn:${AWS::Partition}:databrew:%1$s:job/clean
            arn:aws:states:::sagemaker:createTrainingJob | {"TrainingJobName": "train", "RoleArn": "arn:aws:iam::123456789012:role/sm"} | sagemaker:CreateTrainingJob arn:${AWS::Partition}:sagemaker:%1$s:training-job/train*; sagemaker:ListTags *; iam:PassRole arn:aws:iam::123456789012:role/sm if StringEquals iam:PassedToService=sagemaker.amazonaws.com
            arn:aws:states:::sagemaker:createTrainingJob.sync | {"TrainingJobName.$": "$$.Execution.Name", "RoleArn.$": "$.role"} | sagemaker:CreateTrainingJob sagemaker:DescribeTrainingJob sagemaker:StopTrainingJob arn:${AWS::Partition}:sagemaker:%1$s:training-job/*; sagemaker:ListTags *; iam:PassRole arn:${AWS::Partition}:iam::${AWS::AccountId}:role/* if StringEquals iam:PassedToService=sagemaker.amazonaws.com; events:PutTargets events:PutRule events:DescribeRule arn:${AWS::Partition}:events:%1$s:rule/StepFunctionsGetEventsForSageMakerTrainingJobsRule
            arn:aws:states:::sagemaker:createTransformJob.sync | {"TransformJobName": "score", "ModelName": "m"} | sagemaker:CreateTransformJob sagemaker:DescribeTransformJob sagemaker:StopTransformJob arn:${AWS::Partition}:sagemaker:%1$s:transform-job/score*; sagemaker:ListTags *; events:PutTargets events:PutRule events:DescribeRule arn:${AWS::Partition}:events:%1$s:rule/StepFunctionsGetEventsForSageMakerTransformJobsRule
            arn:aws:states:::elasticmapreduce:createCluster | {"Name": "c", "ServiceRole": "EMR_DefaultRole", "JobFlowRole": "EMR_EC2_DefaultRole"} | elasticmapreduce:RunJobFlow elasticmapreduce:DescribeCluster elasticmapreduce:TerminateJobFlows *; iam:PassRole arn:${AWS::Partition}:iam::${AWS::AccountId}:role/EMR_DefaultRole arn:${AWS::Partition}:iam::${AWS::AccountId}:role/EMR_EC2_DefaultRole; events:PutTargets events:PutRule events:DescribeRule arn:${AWS::Partition}:events:%1$s:rule/StepFunctionsGetEventForEMRRunJobFlowRule
            arn:aws:states:::elasticmapreduce:addStep.sync | {"ClusterId": "j-1", "Step": {}} | elasticmapreduce:AddJobFlowSteps elasticmapreduce:DescribeStep elasticmapreduce:CancelSteps arn:${AWS::Partition}:elasticmapreduce:%1$s:cluster/j-1; events:PutTargets events:PutRule events:DescribeRule arn:${AWS::Partition}:events:%1$s:rule/StepFunctionsGetEventForEMRAddJobFlowStepsRule
            arn:aws:states:::elasticmapreduce:terminateCluster.sync | {"ClusterId.$": "$.cluster"} | elasticmapreduce:TerminateJobFlows elasticmapreduce:DescribeCluster arn:${AWS::Partition}:elasticmapreduce:%1$s:cluster/*; events:PutTargets events:PutRule events:DescribeRule arn:${AWS::Partition}:events:%1$s:rule/StepFunctionsGetEventForEMRTerminateJobFlowsRule
            arn:aws:states:::elasticmapreduce:modifyInstanceGroupByName | {"ClusterId": "j-1", "InstanceGroupName": "core", "InstanceGroup": {}} | elasticmapreduce:ModifyInstanceGroups elasticmapreduce:ListInstanceGroups arn:${AWS::Partition}:elasticmapreduce:%1$s:cluster/j-1
            arn:aws:states:::emr-containers:createVirtualCluster | {"Name": "vc"} | emr-containers:CreateVirtualCluster *; iam:CreateServiceLinkedRole arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/emr-containers.amazonaws.com/AWSServiceRoleForAmazonEMRContainers if StringLike iam:AWSServiceName=emr-containers.amazonaws.com
            arn:aws:states:::emr-containers:startJobRun.sync | {"VirtualClusterId": "vc1", "ExecutionRoleArn": "arn:aws:iam::123456789012:role/job"} | emr-containers:StartJobRun arn:${AWS::Partition}:emr-containers:%1$s:/virtualclusters/vc1 if StringEquals emr-containers:ExecutionRoleArn=arn:aws:iam::123456789012:role/job; emr-containers:DescribeJobRun emr-containers:CancelJobRun arn:${AWS::Partition}:emr-containers:%1$s:/virtualclusters/vc1/jobruns/*
            arn:aws:states:::emr-containers:startJobRun | {"VirtualClusterId.$": "$.vc", "ExecutionRoleArn.$": "$.role"} | emr-containers:StartJobRun arn:${AWS::Partition}:emr-containers:%1$s:/virtualclusters/*
            arn:aws:states:::emr-containers:deleteVirtualCluster.sync | {"Id": "vc1"} | emr-containers:DeleteVirtualCluster emr-containers:DescribeVirtualCluster arn:${AWS::Partition}:emr-containers:%1$s:/virtualclusters/vc1
            arn:aws:states:::eks:createCluster.sync | {"Name": "c", "RoleArn": "arn:aws:iam::123456789012:role/eks", "ResourcesVpcConfig": {}} | eks:CreateCluster *; eks:DescribeCluster eks:DeleteCluster arn:${AWS::Partition}:eks:%1$s:cluster/*; iam:PassRole arn:aws:iam::123456789012:role/eks if StringEquals iam:PassedToService=eks.amazonaws.com
            arn:aws:states:::eks:createNodegroup | {"ClusterName": "c", "NodegroupName": "n", "NodeRole": "arn:aws:iam::123456789012:role/node", "Subnets": []} | ec2:DescribeSubnets eks:CreateNodegroup *; eks:DescribeNodegroup eks:DeleteNodegroup arn:${AWS::Partition}:eks:%1$s:nodegroup/*; iam:GetRole iam:ListAttachedRolePolicies arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*; iam:PassRole arn:aws:iam::123456789012:role/node if StringEquals iam:PassedToService=eks.amazonaws.com
            arn:aws:states:::eks:deleteCluster.sync | {"Name": "c"} | eks:DeleteCluster eks:DescribeCluster arn:${AWS::Partition}:eks:%1$s:cluster/c
            arn:aws:states:::eks:deleteNodegroup | {"ClusterName": "c", "NodegroupName": "n"} | eks:DeleteNodegroup eks:DescribeNodegroup arn:${AWS::Partition}:eks:%1$s:nodegroup/c/n/*
            arn:aws:states:::eks:runJob.sync | {"ClusterName": "c", "CertificateAuthority": "x", "Endpoint": "https://e", "Job": {}} | -
            arn:aws:states:::bedrock:invokeModel | {"ModelId": "amazon.titan-text-express-v1", "Body": {}} | bedrock:InvokeModel arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/amazon.titan-text-express-v1
            arn:aws:states:::bedrock:invokeModel | {"ModelId": "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/c2oi931ulksx", "Body": {}} | bedrock:InvokeModel arn:aws:bedrock:us-east-1:123456789012:provisioned-model/c2oi931ulksx
            arn:aws:states:::bedrock:invokeModel | {"ModelId.$": "$.model", "Body": {}} | bedrock:InvokeModel arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/* arn:${AWS::Partition}:bedrock:%1$s:provisioned-model/*
            arn:aws:states:::bedrock:createModelCustomizationJob.sync | {"BaseModelIdentifier": "amazon.titan-text-express-v1", "RoleArn": "arn:aws:iam::123456789012:role/br", "JobName": "j", "CustomModelName": "m"} | bedrock:CreateModelCustomizationJob arn:${AWS::Partition}:bedrock:${AWS::Region}::foundation-model/amazon.titan-text-express-v1 arn:${AWS::Partition}:bedrock:%1$s:custom-model/* arn:${AWS::Partition}:bedrock:%1$s:model-customization-job/*; iam:PassRole arn:aws:iam::123456789012:role/br; bedrock:GetModelCustomizationJob bedrock:StopModelCustomizationJob arn:${AWS::Partition}:bedrock:%1$s:model-customization-job/*
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

    /** "action action resource resource[ if Operator key=value]; ..." per statement. */
    private static String render(List<PolicyStatement> statements) {
        List<String> rendered = new ArrayList<>();
        statements.forEach(statement -> {
            StringBuilder text = new StringBuilder(String.join(" ", statement.actions()) + " "
                    + String.join(" ", statement.resources()));
            statement.condition().forEach((operator, keys) -> keys.forEach((key, values) ->
                    text.append(" if ").append(operator).append(' ').append(key).append('=')
                            .append(String.join(",", values))));
            rendered.add(text.toString());
        });
        return String.join("; ", rendered);
    }
}
